import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, articleTags, sections, slugRedirects, tags } from '@/db/schema';
import { createSection, deleteSection, listSectionsForAdmin, moveSection, updateSection } from './sections-admin';
import { getRenamedSlugPath } from './slug-redirects';
import { recordQueries } from '@/tests/support/query-plans';

const input = (name: string, slug: string, parentId: number | null = null) => ({ name, slug, description: null, parentId });
function create(name: string, slug: string, parentId: number | null = null): number {
  const result = createSection(input(name, slug, parentId));
  if (!result.ok) throw new Error(result.error);
  return result.id;
}
const order = () => listSectionsForAdmin().map((s) => [s.slug, ...s.children.map((c) => c.slug)].join('>'));

beforeEach(() => {
  db.delete(articles).run();
  db.delete(tags).run();
  db.delete(slugRedirects).run();
  db.update(sections).set({ parentId: null }).run();
  db.delete(sections).run();
});

describe('sections admin', () => {
  it('reorders siblings with up and down, refusing to move past the edge', () => {
    const a = create('A', 'a');
    create('B', 'b');
    const c = create('C', 'c');
    expect(moveSection(c, 'up')).toMatchObject({ ok: true });
    expect(order()).toEqual(['a', 'c', 'b']);
    expect(moveSection(a, 'down')).toMatchObject({ ok: true });
    expect(order()).toEqual(['c', 'a', 'b']);
    expect(moveSection(c, 'up')).toEqual({ ok: false, error: 'at_edge' });
    expect(order()).toEqual(['c', 'a', 'b']);
  });

  it('nests one level only: no grandchildren, no self-parent, no parent for a section with children', () => {
    const top = create('Thời sự', 'thoi-su');
    const other = create('Kinh tế', 'kinh-te');
    const child = create('Chính trị', 'chinh-tri', top);
    expect(createSection(input('Cháu', 'chau', child))).toEqual({ ok: false, error: 'invalid_parent' });
    expect(updateSection(other, input('Kinh tế', 'kinh-te', other))).toEqual({ ok: false, error: 'invalid_parent' });
    expect(updateSection(top, input('Thời sự', 'thoi-su', other))).toEqual({ ok: false, error: 'has_children' });
    expect(updateSection(child, input('Chính trị', 'chinh-tri', other))).toMatchObject({ ok: true });
    expect(order()).toEqual(['thoi-su', 'kinh-te>chinh-tri']);
  });

  it('records the old slug on rename and redirects it to the current one, without chains', () => {
    const id = create('Quốc phòng', 'quoc-phong');
    expect(updateSection(id, input('Quốc phòng', 'quoc-phong-an-ninh'))).toMatchObject({ ok: true, oldSlug: 'quoc-phong', changes: { slug: ['quoc-phong', 'quoc-phong-an-ninh'] } });
    expect(updateSection(id, input('Quốc phòng', 'an-ninh'))).toMatchObject({ ok: true });
    expect(getRenamedSlugPath('section', 'quoc-phong')).toBe('/an-ninh');
    expect(getRenamedSlugPath('section', 'quoc-phong-an-ninh')).toBe('/an-ninh');
    expect(getRenamedSlugPath('section', 'an-ninh')).toBeNull();
    // A new section taking an old slug wins over the redirect.
    create('Quốc phòng mới', 'quoc-phong');
    expect(getRenamedSlugPath('section', 'quoc-phong')).toBeNull();
  });

  it('refuses taken and reserved slugs', () => {
    create('A', 'a');
    const b = create('B', 'b');
    expect(updateSection(b, input('B', 'a'))).toEqual({ ok: false, error: 'slug_taken' });
    expect(createSection(input('Chủ đề', 'chu-de'))).toEqual({ ok: false, error: 'slug_reserved' });
  });

  it('deletes only empty sections, and lists the affected articles on rename', () => {
    const top = create('Thời sự', 'thoi-su');
    const child = create('Chính trị', 'chinh-tri', top);
    const { id: articleId } = db
      .insert(articles)
      .values({ title: 'Bài', slug: 'bai', body: { type: 'doc', content: [] }, status: 'published', sectionId: child })
      .returning({ id: articles.id })
      .get();
    expect(deleteSection(top)).toEqual({ ok: false, error: 'has_children' });
    expect(deleteSection(child)).toEqual({ ok: false, error: 'not_empty' });
    // Counted from article_counts, which triggers keep: listing the sections reads no article.
    const { result: listed, queries } = recordQueries(() => listSectionsForAdmin());
    expect(listed.map((s) => [s.articleCount, s.children.map((c) => c.articleCount)])).toEqual([[0, [1]]]);
    expect(queries.map((query) => query.sql).join('\n')).not.toMatch(/"articles"/);
    const tagId = db.insert(tags).values({ name: 'Quốc hội', slug: 'quoc-hoi' }).returning().get().id;
    db.insert(articleTags).values({ articleId, tagId }).run();
    expect(updateSection(child, input('Chính trị', 'chinh-tri-moi', top))).toMatchObject({ articleIds: [articleId], tagIds: [tagId] });
    // Renaming the parent reaches its subsections' articles too: they print the parent in their breadcrumb.
    expect(updateSection(top, input('Thời sự 24h', 'thoi-su'))).toMatchObject({ articleIds: [articleId], tagIds: [tagId] });
    db.delete(articles).where(eq(articles.id, articleId)).run();
    db.delete(tags).run();
    expect(deleteSection(child)).toMatchObject({ ok: true });
    expect(getRenamedSlugPath('section', 'chinh-tri')).toBeNull();
    expect(db.select().from(slugRedirects).all()).toEqual([]);
    expect(deleteSection(top)).toMatchObject({ ok: true });
    expect(listSectionsForAdmin()).toEqual([]);
  });
});
