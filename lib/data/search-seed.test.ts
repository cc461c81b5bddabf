import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { SEED_ARTICLE_TITLE, seedDatabase } from '@/scripts/seed';
import { parseQuery } from '@/lib/search/parse-query';
import { searchArticles } from './search';

// The seed runs after the migrations, so this proves the triggers index what the seed writes.
beforeAll(() => {
  seedDatabase(db);
});

function titles(q: string): string[] {
  const parsed = parseQuery(q);
  if (parsed.kind !== 'ok') throw new Error(parsed.kind);
  const input = { terms: parsed.terms, sectionIds: null, from: null, to: null, sort: 'relevance' as const, page: 1, pageSize: 10 };
  return searchArticles(input).hits.map((hit) => hit.title);
}

describe('search over the seeded site', () => {
  it('finds the seed article without diacritics and through its byline', () => {
    expect(titles('tong cuc cong nghiep')[0]).toBe(SEED_ARTICLE_TITLE);
    expect(titles('tran anh minh')[0]).toBe(SEED_ARTICLE_TITLE);
    expect(titles('"tran anh minh"')).toEqual([SEED_ARTICLE_TITLE]);
  });
  it('finds "Đảng ủy" from "dang uy" and shows the lead with the match', () => {
    const parsed = parseQuery('dang uy');
    if (parsed.kind !== 'ok') throw new Error(parsed.kind);
    const result = searchArticles({ terms: parsed.terms, sectionIds: null, from: null, to: null, sort: 'relevance', page: 1, pageSize: 10 });
    expect(result.hits.map((h) => h.title)).toContain(SEED_ARTICLE_TITLE);
    expect(result.hits.find((h) => h.title === SEED_ARTICLE_TITLE)?.snippet).toContain('Đảng ủy');
  });
});
