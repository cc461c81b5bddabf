import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextOf, DuplicateIndex, fingerprintText } from './near-duplicates';
import { parseScrapedArticle } from './parse-scraped';

const seed = fs.readFileSync(path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt'), 'utf8');
const textOf = (raw: string) => {
  const parsed = parseScrapedArticle(raw);
  return articleTextOf(parsed.lead, parsed.body);
};
const seedText = textOf(seed);
const withoutByline = seed.replace(/\n[^\n]*TRẦN ANH MINH\s*$/u, '\n');
const otherByline = withoutByline + '\nBài: NGUYỄN VĂN HÙNG; Ảnh: LÊ MAI';

function indexWithSeed() {
  const index = new DuplicateIndex();
  index.add(21, 'Tổng cục Công nghiệp Quốc phòng sơ kết 6 tháng', fingerprintText(seedText));
  return index;
}

describe('near-duplicate detection', () => {
  it('finds the same body under another byline, without one, or with other spacing and diacritics', () => {
    const index = indexWithSeed();
    for (const variant of [otherByline, withoutByline, seed.replace(/ /g, '  ').replace(/\n/g, '\r\n'), seed.normalize('NFD')]) {
      expect(index.find(fingerprintText(textOf(variant)))).toEqual({ id: 21, title: 'Tổng cục Công nghiệp Quốc phòng sơ kết 6 tháng', kind: 'same', similarity: 1 });
    }
  });

  it('finds an edited copy as similar, with its similarity', () => {
    const edited = seed
      .replace('Báo cáo trung tâm tại hội nghị cho thấy', 'Theo báo cáo trình bày tại hội nghị')
      .replace('Trong 6 tháng đầu năm 2023', 'Nửa đầu năm 2023');
    const match = indexWithSeed().find(fingerprintText(textOf(edited)));
    expect(match).toMatchObject({ id: 21, kind: 'similar' });
    expect(match!.similarity).toBeGreaterThan(0.8);
    expect(match!.similarity).toBeLessThan(1);
  });

  it('does not flag a different story on the same subject', () => {
    const other = [
      'Tổng cục Công nghiệp Quốc phòng tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.',
      'Năm qua, các nhà máy trong Tổng cục đã hoàn thành kế hoạch sản xuất, bảo đảm vũ khí trang bị cho toàn quân, đồng thời mở rộng hợp tác quốc tế.',
      'Phát biểu kết luận, Thượng tướng yêu cầu các đơn vị đẩy mạnh nghiên cứu khoa học và chuyển đổi số.',
    ].join('\n\n');
    expect(indexWithSeed().find(fingerprintText(textOf(other)))).toBeNull();
  });

  it('reads a stored body as the importer wrote it, captions and bylines aside', () => {
    const parsed = parseScrapedArticle(seed);
    const stored = JSON.parse(JSON.stringify({ type: 'doc', content: parsed.body }));
    expect(fingerprintText(articleTextOf(parsed.lead, stored)).bodyHash).toBe(fingerprintText(seedText).bodyHash);
    expect(articleTextOf('Mở đầu', stored)).not.toContain('Quang cảnh hội nghị.');
  });

  // Speed is measured by bench/import.ts; this checks the bounded lookup still finds the right article.
  it('among thousands of stories sharing a stock sentence, finds the one repeated and flags no other', () => {
    const vocabulary = [...new Set(seedText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
    let state = 17;
    const word = () => vocabulary[(state = (state * 48271) % 2147483647) % vocabulary.length]!;
    const stock = 'Theo báo cáo của Ban Chỉ huy Quân sự, công tác huấn luyện được duy trì nghiêm túc.';
    const story = () => `${stock} ${Array.from({ length: 40 }, word).join(' ')}.`;
    const index = new DuplicateIndex();
    const stories = Array.from({ length: 3000 }, story);
    stories.forEach((text, n) => index.add(n + 1, `Bài ${n + 1}`, fingerprintText(text)));
    index.add(5000, 'Bài gốc', fingerprintText(seedText));

    expect(index.find(fingerprintText(textOf(otherByline)))).toMatchObject({ id: 5000, kind: 'same' });
    const edited = stories[1234]!.replace(/\S+\.$/u, 'khác.');
    expect(index.find(fingerprintText(edited))).toMatchObject({ id: 1235, kind: 'similar' });
    expect(index.find(fingerprintText(story()))).toBeNull();
  });
});
