import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '@/lib/article-body/schema';
import { cleanHtmlRemnants } from './html-remnants';
import { parseScrapedArticle } from './parse-scraped';

const texts = (blocks: BlockNode[]) =>
  blocks.map((b) => (b.type === 'figure' ? `[${b.attrs.caption}]` : b.type === 'paragraph' && b.content?.[0]?.type === 'text' ? b.content[0].text : b.type));

describe('HTML left in scraped text', () => {
  it('becomes plain paragraphs, captions and a byline', () => {
    const parsed = parseScrapedArticle(fs.readFileSync(path.join(__dirname, 'fixtures/html-remnants.txt'), 'utf8'));
    expect(parsed.lead).toBe('Báo cáo trung tâm tại hội nghị cho thấy: Trong thời gian qua, Đảng ủy & chỉ huy Tổng cục đã tập trung lãnh đạo.');
    expect(texts(parsed.body)).toEqual(['[Quang cảnh hội nghị.]', 'Hội nghị đánh giá kết quả 6 tháng đầu năm.', 'Các đơn vị báo cáo <đầy đủ>.']);
    expect(parsed.bylines).toEqual([{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'TRẦN ANH MINH' }]);
    expect(JSON.stringify(parsed)).not.toMatch(/<[a-z/!]|&nbsp;|&amp;|tracking|hết bài|\u00a0/);
  });

  it('leaves text without markup as it is, and escaped markup as words', () => {
    const plain = 'Điểm thi 8 > 7 và A < B; Công ty Hoàng & Cộng sự.';
    expect(cleanHtmlRemnants(plain)).toBe(plain);
    expect(cleanHtmlRemnants('Thẻ &lt;br&gt; trong bài.')).toBe('Thẻ <br> trong bài.');
    expect(cleanHtmlRemnants('Một<br>Hai<p>Ba</p>')).toBe('Một\nHai\n\nBa\n\n');
  });
});
