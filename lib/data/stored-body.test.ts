import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { parseQuery } from '@/lib/search/parse-query';
import { createArticle } from '@/lib/data/articles/create';
import { getPublicArticle } from '@/lib/data/articles/public-reads';
import { listFeedArticles } from './feeds';
import { searchArticles } from './search';
import { reportStoredBodiesOverLimits } from './stored-body';

// Rows written before the structural limits, or damaged outside the app, go in through SQL as an
// old version or a broken disk would have left them.

/** A body whose list is nested `levels` deep, with a word on top, as JSON text. */
function nestedBodyJson(levels: number): string {
  let json = '{"type":"paragraph","content":[{"type":"text","text":"x"}]}';
  for (let i = 0; i < levels; i++) json = `{"type":"bulletList","content":[{"type":"listItem","content":[${json}]}]}`;
  return `{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"chìm sâu"}]},${json}]}`;
}

let sectionId = 0;
const logged: string[] = [];
const insert = (title: string, body: string) =>
  (
    db.$client
      .prepare(
        "INSERT INTO articles (title, slug, lead, body, status, published_at, section_id) VALUES (?, ?, '', ?, 'published', ?, ?) RETURNING id",
      )
      .get(title, `${title.toLowerCase().replace(/\s+/g, '-')}-${Math.random().toString(36).slice(2)}`, body, Date.now() - 60_000, sectionId) as { id: number }
  ).id;

let deep300 = 0;
let deep5000 = 0;
let damaged = 0;
let sound = 0;

beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(String(line)));
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  sound = createArticle({
    title: 'Bài lành',
    lead: 'Sa-pô lành',
    body: { type: 'doc', content: [paragraph('Nội dung lành.')] },
    status: 'published',
    sectionId: sectionId,
    publishedAt: new Date(Date.now() - 120_000),
  }).id;
  deep300 = insert('Bainoi lồng ba trăm', nestedBodyJson(300));
  deep5000 = insert('Bainoi lồng năm nghìn', nestedBodyJson(5_000));
  damaged = insert('Bainoi hỏng', '{"type":"doc","content":[');
});
afterAll(() => vi.restoreAllMocks());

describe('stored bodies that break the limits or are damaged', () => {
  it('cost the article page its body, not the page, and are logged', () => {
    for (const id of [deep300, deep5000, damaged]) {
      const detail = getPublicArticle(id);
      expect(detail?.id).toBe(id);
      expect(detail?.body).toEqual({ type: 'doc', content: [] });
      expect(logged.some((line) => line.includes(`"articleId":${id}`))).toBe(true);
    }
    expect(getPublicArticle(sound)?.body.content).toHaveLength(1);
  });

  it('leave feeds and search answering', () => {
    expect(listFeedArticles().map((a) => a.id).sort()).toEqual([sound, deep300, deep5000, damaged].sort());
    const parsed = parseQuery('bainoi');
    if (parsed.kind !== 'ok') throw new Error('no terms');
    const found = searchArticles({ terms: parsed.terms, sectionIds: null, from: null, to: null, sort: 'relevance', page: 1, pageSize: 20 });
    expect(found.hits.map((h) => h.id).sort()).toEqual([deep300, deep5000, damaged].sort());
  });

  it('are reported, by article id, in one pass at start-up', () => {
    const figure = JSON.stringify({ type: 'figure', attrs: { mediaId: null, caption: 'Ảnh', credit: '' } });
    const long = JSON.stringify({ type: 'doc', content: Array.from({ length: 150 }, () => paragraph('chữ '.repeat(100))) });
    const eleven = insert('Mười một cấp', nestedBodyJson(11));
    const manyFigures = insert('Nhiều ảnh', `{"type":"doc","content":[${Array(201).fill(figure).join(',')}]}`);
    insert('Mười cấp', nestedBodyJson(10));
    insert('Hai trăm ảnh', `{"type":"doc","content":[${Array(200).fill(figure).join(',')}]}`);
    insert('Bài dài', long);
    expect(long.length).toBeGreaterThan(40_000);
    logged.length = 0;
    const reported = [deep300, deep5000, damaged, eleven, manyFigures].sort();
    expect(reportStoredBodiesOverLimits().sort()).toEqual(reported);
    const lines = logged.map((line) => JSON.parse(line) as { message: string; articleId: number; problem: string });
    expect(lines.map((l) => l.articleId).sort()).toEqual(reported);
    expect(lines.find((l) => l.articleId === deep300)?.problem).toMatch(/tối đa 10 cấp/);
  });
});
