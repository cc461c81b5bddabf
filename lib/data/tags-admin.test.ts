import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles, articleTags, sections, slugRedirects, tags } from '@/db/schema';
import { getRenamedSlugPath } from './slug-redirects';
import { slugify } from '@/lib/vi/text';
import { planOf, recordQueries } from '@/tests/support/query-plans';
import { deleteUnusedTag, listTagsForAdmin, mergeTags, renameTag, TAG_PAGE_SIZE } from './tags-admin';

let sectionId = 0;
const tag = (name: string, slug: string) => db.insert(tags).values({ name, slug }).returning({ id: tags.id }).get().id;
function article(slug: string, tagIds: number[]): number {
  const { id } = db
    .insert(articles)
    .values({ title: slug, slug, body: { type: 'doc', content: [] }, sectionId: sectionId })
    .returning({ id: articles.id })
    .get();
  for (const tagId of tagIds) db.insert(articleTags).values({ articleId: id, tagId }).run();
  return id;
}
/** Each tag's kept article_count beside the count of its rows in article_tags. */
const countsKeptAndCounted = () =>
  db.all<{ kept: number; counted: number }>(sql`SELECT article_count AS kept, (SELECT count(*) FROM article_tags WHERE tag_id = tags.id) AS counted FROM tags`);
const tagsOf = (articleId: number) =>
  db.select().from(articleTags).all().filter((r) => r.articleId === articleId).map((r) => r.tagId).sort();

beforeEach(() => {
  db.delete(articles).run();
  db.delete(tags).run();
  db.delete(slugRedirects).run();
  db.delete(sections).run();
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning({ id: sections.id }).get().id;
});

describe('tags admin', () => {
  it('merges A into B without duplicate links, deletes A and redirects its slugs to B', () => {
    const a = tag('Biển Đông', 'bien-dong');
    const b = tag('Biển đảo', 'bien-dao');
    const both = article('ca-hai', [a, b]);
    const onlyA = article('chi-a', [a]);
    expect(renameTag(a, { name: 'Biển Đông', slug: 'bien-dong-2' })).toMatchObject({ ok: true });
    const merged = mergeTags(a, b);
    expect(merged).toMatchObject({ ok: true, tagIds: [a, b] });
    expect(merged.ok && [...merged.articleIds].sort()).toEqual([both, onlyA].sort());
    expect(tagsOf(both)).toEqual([b]);
    expect(tagsOf(onlyA)).toEqual([b]);
    expect(db.select().from(tags).all().map((t) => t.id)).toEqual([b]);
    expect(getRenamedSlugPath('tag', 'bien-dong')).toBe('/chu-de/bien-dao');
    expect(getRenamedSlugPath('tag', 'bien-dong-2')).toBe('/chu-de/bien-dao');
    expect(mergeTags(b, b)).toEqual({ ok: false, error: 'same_tag' });
  });

  it('renames with a redirect and refuses a slug another tag has', () => {
    const a = tag('Covid', 'covid');
    tag('Dịch bệnh', 'dich-benh');
    expect(renameTag(a, { name: 'Dịch bệnh', slug: 'dich-benh' })).toEqual({ ok: false, error: 'slug_taken' });
    expect(renameTag(a, { name: 'Covid-19', slug: 'covid-19' })).toMatchObject({ ok: true, oldSlug: 'covid' });
    expect(getRenamedSlugPath('tag', 'covid')).toBe('/chu-de/covid-19');
  });

  it('deletes only unused tags and searches without accents', () => {
    const used = tag('Đảng ủy', 'dang-uy');
    const unused = tag('Ngân hàng', 'ngan-hang');
    article('bai', [used]);
    expect(deleteUnusedTag(used)).toEqual({ ok: false, error: 'in_use' });
    expect(listTagsForAdmin('dang uy', 1).items).toEqual([{ id: used, name: 'Đảng ủy', slug: 'dang-uy', articleCount: 1 }]);
    expect(listTagsForAdmin('Ngân', 1).items.map((t) => t.id)).toEqual([unused]);
    expect(listTagsForAdmin('%', 1).total).toBe(0);
    expect(deleteUnusedTag(unused)).toMatchObject({ ok: true });
    expect(listTagsForAdmin('', 1).total).toBe(1);
  });

  it('lists tags in Vietnamese order across pages (Bài mẫu before Biến đổi khí hậu, Đ after D)', () => {
    for (const name of ['Y tế', 'Đô thị', 'Biến đổi khí hậu', 'Bài mẫu', 'Dân sinh', 'Ăn uống', 'An ninh'])
      tag(name, slugify(name));
    expect(listTagsForAdmin('', 1).items.map((t) => t.name)).toEqual([
      'An ninh',
      'Ăn uống',
      'Bài mẫu',
      'Biến đổi khí hậu',
      'Dân sinh',
      'Đô thị',
      'Y tế',
    ]);
    // Past the first page, the order goes on where it stopped.
    for (let n = 1; n <= TAG_PAGE_SIZE; n++) tag(`Chủ đề ${n}`, `chu-de-${n}`);
    const first = listTagsForAdmin('', 1);
    const second = listTagsForAdmin('', 2);
    expect(first.total).toBe(TAG_PAGE_SIZE + 7);
    expect(first.items.at(-1)?.name).toBe('Chủ đề 46');
    expect(second.items.map((t) => t.name)).toEqual(['Chủ đề 47', 'Chủ đề 48', 'Chủ đề 49', 'Chủ đề 50', 'Dân sinh', 'Đô thị', 'Y tế']);
  });

  it('keeps the article count of each tag equal to its rows through merges, deleted articles and removed links', () => {
    const a = tag('Biển Đông', 'bien-dong');
    const b = tag('Biển đảo', 'bien-dao');
    const c = tag('Ngư dân', 'ngu-dan');
    const both = article('ca-hai', [a, b]);
    article('chi-a', [a, c]);
    expect(listTagsForAdmin('', 1).items.map((t) => [t.name, t.articleCount])).toEqual([['Biển đảo', 1], ['Biển Đông', 2], ['Ngư dân', 1]]);
    mergeTags(a, b);
    db.delete(articles).where(eq(articles.id, both)).run();
    db.delete(articleTags).where(eq(articleTags.tagId, c)).run();
    expect(listTagsForAdmin('', 1).items.map((t) => [t.name, t.articleCount])).toEqual([['Biển đảo', 1], ['Ngư dân', 0]]);
    for (const { kept, counted } of countsKeptAndCounted()) expect(kept).toBe(counted);
  });

  it('reads one page from the sort-key index, counting no article_tags row', () => {
    for (let n = 1; n <= 3 * TAG_PAGE_SIZE; n++) tag(`Chủ đề ${n}`, `chu-de-${n}`);
    const { result, queries } = recordQueries(() => listTagsForAdmin('', 3));
    expect(result.items[0]?.name).toBe(`Chủ đề ${2 * TAG_PAGE_SIZE + 1}`);
    expect(queries.map((query) => planOf(query)).join('\n')).not.toMatch(/article_tags|TEMP B-TREE/);
    expect(planOf(queries[0]!)).toContain('tags_sort_idx');
  });
});
