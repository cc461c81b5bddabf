import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '@/lib/article-body/schema';
import { ImportError, parseScrapedArticle } from './parse-scraped';
import { parseBylineLine } from './byline';

const seed = fs.readFileSync(path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt'), 'utf8');

const figures = (blocks: BlockNode[]) =>
  blocks.flatMap((b) => (b.type === 'figure' ? [b.attrs.caption] : []));
const paragraphs = (blocks: BlockNode[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' && b.content?.[0]?.type === 'text' ? [b.content[0].text] : []));

describe('parseScrapedArticle on the seed file', () => {
  const parsed = parseScrapedArticle(seed);

  it('turns each photo marker into a figure with the next line as caption', () => {
    expect(figures(parsed.body)).toEqual([
      'Trung tướng Hồ Quang Tuấn, Chủ nhiệm Tổng cục Công nghiệp Quốc phòng phát biểu tại hội nghị.',
      'Quang cảnh hội nghị.',
      'Các đại biểu tham dự hội nghị.',
    ]);
  });

  it('uses the first paragraph as the lead and keeps the rest in order', () => {
    expect(parsed.lead.startsWith('Báo cáo trung tâm tại hội nghị cho thấy')).toBe(true);
    const body = paragraphs(parsed.body);
    expect(body).toHaveLength(6);
    expect(body[0]!.startsWith('Trong 6 tháng đầu năm 2023')).toBe(true);
    expect(body.at(-1)!.endsWith('các nhiệm vụ còn lại của năm 2023.')).toBe(true);
  });

  it('reads the closing line as a writer-and-photographer byline', () => {
    expect(parsed.bylines).toEqual([{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'TRẦN ANH MINH' }]);
  });

  it('leaves no scraping residue and no NBSP anywhere', () => {
    const all = JSON.stringify(parsed);
    expect(all).not.toMatch(/leftcenterrightdel/i);
    expect(all).not.toContain('\u00a0');
    expect(all).not.toContain('Tin, ảnh: TRẦN');
  });

  it('gives a provisional headline from the lead', () => {
    expect(parsed.provisionalTitle).toBe('Báo cáo trung tâm tại hội nghị cho thấy');
  });

  it('hashes the same text the same way whatever the line endings or normal form', () => {
    const crlfNfd = seed.replace(/\n/g, '\r\n').normalize('NFD');
    const again = parseScrapedArticle(crlfNfd);
    expect(again.sourceHash).toBe(parsed.sourceHash);
    expect(again.lead).toBe(parsed.lead);
    expect(figures(again.body)).toEqual(figures(parsed.body));
  });
});

describe('parseScrapedArticle variants', () => {
  it('keeps a closing paragraph as text when there is no byline', () => {
    const parsed = parseScrapedArticle('Mở đầu bài.\n\nĐoạn cuối cùng của bài viết.');
    expect(parsed.bylines).toEqual([]);
    expect(paragraphs(parsed.body)).toEqual(['Đoạn cuối cùng của bài viết.']);
  });

  it('handles two photos in a row', () => {
    const parsed = parseScrapedArticle('Mở đầu.\nleftcenterrightdel\nẢnh một.\nleftcenterrightdel\nẢnh hai.\nKết.\nẢnh: NGUYỄN VĂN A');
    expect(figures(parsed.body)).toEqual(['Ảnh một.', 'Ảnh hai.']);
    expect(parsed.bylines).toEqual([{ role: 'photographer', label: 'Ảnh', name: 'NGUYỄN VĂN A' }]);
  });

  it('makes an uncaptioned figure when a marker has no caption', () => {
    const parsed = parseScrapedArticle('Mở đầu.\nleftcenterrightdel\nleftcenterrightdel\nChú thích hai.\nKết.');
    expect(figures(parsed.body)).toEqual(['', 'Chú thích hai.']);
  });

  it('does not take the byline as a caption when a marker ends the text', () => {
    const parsed = parseScrapedArticle('Mở đầu.\nleftcenterrightdel\nTin: LÊ B');
    expect(figures(parsed.body)).toEqual(['']);
    expect(parsed.bylines).toEqual([{ role: 'writer', label: 'Tin', name: 'LÊ B' }]);
  });

  it('accepts a caption glued to the marker line', () => {
    const parsed = parseScrapedArticle('Mở đầu.\nleftcenterrightdel Quang cảnh buổi lễ.\nKết.');
    expect(figures(parsed.body)).toEqual(['Quang cảnh buổi lễ.']);
  });

  it('refuses an empty or blank file with a clear error', () => {
    expect(() => parseScrapedArticle('')).toThrow(ImportError);
    expect(() => parseScrapedArticle(' \n\u00a0\r\n ')).toThrow(/Tệp rỗng/);
  });

  it('refuses a file that is only photo markers', () => {
    expect(() => parseScrapedArticle('leftcenterrightdel\n')).toThrow(ImportError);
  });
});

describe('parseBylineLine', () => {
  it.each([
    ['Tin, ảnh: TRẦN ANH MINH', [{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'TRẦN ANH MINH' }]],
    ['Bài và ảnh: HOÀNG HÀ', [{ role: 'writer_photographer', label: 'Bài và ảnh', name: 'HOÀNG HÀ' }]],
    ['Bài, ảnh: A - B', [
      { role: 'writer_photographer', label: 'Bài, ảnh', name: 'A' },
      { role: 'writer_photographer', label: 'Bài, ảnh', name: 'B' },
    ]],
    ['Bài: MAI LAN; Ảnh: QUANG HUY', [
      { role: 'writer', label: 'Bài', name: 'MAI LAN' },
      { role: 'photographer', label: 'Ảnh', name: 'QUANG HUY' },
    ]],
    ['Theo TTXVN', [{ role: 'source', label: 'Theo', name: 'TTXVN' }]],
  ])('parses %s', (line, expected) => {
    expect(parseBylineLine(line)).toEqual(expected);
  });

  it.each([
    'Theo báo cáo của Bộ Quốc phòng, kết quả sản xuất năm nay đạt và vượt kế hoạch đề ra ở tất cả các mặt.',
    'Hội nghị kết thúc tốt đẹp.',
    '',
  ])('does not read ordinary text as a byline: %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});
