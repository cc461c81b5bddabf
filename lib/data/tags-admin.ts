import 'server-only';
import { and, asc, count, eq, ne, or, sql, type AnyColumn } from 'drizzle-orm';
import { db } from '@/db';
import { articleTags, tags } from '@/db/schema';
import { slugify } from '@/lib/vi/text';
import { recordSlugRename, retargetRedirects } from './slug-redirects';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type AdminTag = { id: number; name: string; slug: string; articleCount: number };
export type TagError = 'not_found' | 'slug_taken' | 'same_tag' | 'in_use';
export type TagChange =
  | { ok: true; name: string; slug: string; oldSlug: string; tagIds: number[]; articleIds: number[] }
  | { ok: false; error: TagError };

export const TAG_PAGE_SIZE = 50;

function articleIdsOf(tx: Tx, tagId: number): number[] {
  return tx.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId)).all().map((r) => r.id);
}

/**
 * One page of tags in Vietnamese alphabetical order with their article counts; the query matches
 * names and slugs with or without accents. Order and counts are kept columns (migration 0009), so
 * a page reads its own rows from tags_sort_idx, however many tags there are.
 */
export function listTagsForAdmin(query: string, page: number): { items: AdminTag[]; total: number } {
  const typed = query.trim();
  const folded = slugify(typed);
  // A typed % or _ is a character to find, not a wildcard.
  const contains = (column: AnyColumn, text: string) => sql`${column} LIKE ${`%${text.replace(/[\\%_]/g, '\\$&')}%`} ESCAPE '\\'`;
  const where = typed ? or(contains(tags.name, typed), folded ? contains(tags.slug, folded) : undefined) : undefined;
  const items = db
    .select({ id: tags.id, name: tags.name, slug: tags.slug, articleCount: tags.articleCount })
    .from(tags)
    .where(where)
    .orderBy(asc(tags.sortKey), asc(tags.id))
    .limit(TAG_PAGE_SIZE)
    .offset((page - 1) * TAG_PAGE_SIZE)
    .all();
  return { items, total: db.select({ n: count() }).from(tags).where(where).get()?.n ?? 0 };
}

/** Renames a tag; a new slug leaves the old one redirecting to it. */
export function renameTag(id: number, input: { name: string; slug: string }): TagChange {
  return db.transaction((tx): TagChange => {
    const before = tx.select().from(tags).where(eq(tags.id, id)).get();
    if (!before) return { ok: false, error: 'not_found' };
    if (tx.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, input.slug), ne(tags.id, id))).get()) {
      return { ok: false, error: 'slug_taken' };
    }
    tx.update(tags).set(input).where(eq(tags.id, id)).run();
    if (before.slug !== input.slug) recordSlugRename(tx, 'tag', before.slug, input.slug, id);
    return { ok: true, ...input, oldSlug: before.slug, tagIds: [id], articleIds: articleIdsOf(tx, id) };
  });
}

/** Moves every article of `sourceId` to `targetId` (no duplicates), deletes the source and redirects its slugs. */
export function mergeTags(sourceId: number, targetId: number): TagChange {
  return db.transaction((tx): TagChange => {
    if (sourceId === targetId) return { ok: false, error: 'same_tag' };
    const source = tx.select().from(tags).where(eq(tags.id, sourceId)).get();
    const target = tx.select().from(tags).where(eq(tags.id, targetId)).get();
    if (!source || !target) return { ok: false, error: 'not_found' };
    const articleIds = articleIdsOf(tx, sourceId);
    for (const articleId of articleIds) {
      tx.insert(articleTags).values({ articleId, tagId: targetId }).onConflictDoNothing().run();
    }
    tx.delete(tags).where(eq(tags.id, sourceId)).run();
    retargetRedirects(tx, 'tag', sourceId, targetId);
    recordSlugRename(tx, 'tag', source.slug, target.slug, targetId);
    return { ok: true, name: target.name, slug: target.slug, oldSlug: source.slug, tagIds: [sourceId, targetId], articleIds };
  });
}

/** Deletes a tag no article uses; its old slugs stop redirecting. */
export function deleteUnusedTag(id: number): TagChange {
  return db.transaction((tx): TagChange => {
    const row = tx.select().from(tags).where(eq(tags.id, id)).get();
    if (!row) return { ok: false, error: 'not_found' };
    if (articleIdsOf(tx, id).length > 0) return { ok: false, error: 'in_use' };
    tx.delete(tags).where(eq(tags.id, id)).run();
    retargetRedirects(tx, 'tag', id, null);
    return { ok: true, name: row.name, slug: row.slug, oldSlug: row.slug, tagIds: [id], articleIds: [] };
  });
}
