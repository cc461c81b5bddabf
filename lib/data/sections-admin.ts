import 'server-only';
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, articles, articleTags, sections } from '@/db/schema';
import { countArticlesBySection } from './articles/desk-counts';
import { recordSlugRename, releaseSlug, retargetRedirects } from './slug-redirects';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

// First path segments the app itself owns; a section there would be unreachable.
export const RESERVED_SECTION_SLUGS = new Set(['admin', 'api', 'anh', 'chu-de', 'media', 'rss', 'sitemaps', 'su-kien', 'tac-gia', 'tim-kiem', 'trang']);

export type AdminSection = {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  parentId: number | null;
  articleCount: number;
  children: AdminSection[];
};
export type SectionInput = { name: string; slug: string; description: string | null; parentId: number | null };
export type SectionError = 'not_found' | 'slug_taken' | 'slug_reserved' | 'invalid_parent' | 'has_children' | 'not_empty' | 'at_edge';
/** Cached reader pages that print a section's name or path: its articles', and the tag and author listings showing them. */
export type SectionReaders = { articleIds: number[]; tagIds: number[]; authorIds: number[] };
const NO_READERS: SectionReaders = { articleIds: [], tagIds: [], authorIds: [] };
export type SectionChange =
  | ({ ok: true; id: number; name: string; slug: string; oldSlug: string; sectionIds: number[]; /** An update's changed fields, before and after, for the audit log. */ changes?: Record<string, [unknown, unknown]> } & SectionReaders)
  | { ok: false; error: SectionError };

function siblings(tx: Tx, parentId: number | null) {
  return tx
    .select({ id: sections.id })
    .from(sections)
    .where(parentId === null ? isNull(sections.parentId) : eq(sections.parentId, parentId))
    .orderBy(asc(sections.position), asc(sections.id))
    .all()
    .map((row) => row.id);
}

/** Writes positions 0..n-1 in the given order, so moves never depend on gaps or ties. */
function renumber(tx: Tx, ids: number[]): void {
  ids.forEach((id, position) => tx.update(sections).set({ position }).where(eq(sections.id, id)).run());
}

function slugProblem(tx: Tx, slug: string, exceptId?: number): SectionError | null {
  if (RESERVED_SECTION_SLUGS.has(slug)) return 'slug_reserved';
  const where = exceptId === undefined ? eq(sections.slug, slug) : and(eq(sections.slug, slug), ne(sections.id, exceptId));
  return tx.select({ id: sections.id }).from(sections).where(where).get() ? 'slug_taken' : null;
}

/** A parent must exist, be top level and not be the section itself (one level of nesting, no cycles). */
function parentProblem(tx: Tx, parentId: number | null, id?: number): SectionError | null {
  if (parentId === null) return null;
  if (parentId === id) return 'invalid_parent';
  const parent = tx.select({ parentId: sections.parentId }).from(sections).where(eq(sections.id, parentId)).get();
  if (!parent || parent.parentId !== null) return 'invalid_parent';
  if (id !== undefined && tx.select({ id: sections.id }).from(sections).where(eq(sections.parentId, id)).get()) {
    return 'has_children';
  }
  return null;
}

/** Articles in a section or its subsections (any status: a scheduled one may already be cached), with their tags and authors. */
function readersOf(tx: Tx, sectionId: number): SectionReaders {
  // A subquery rather than an id list, so a large section never exceeds SQLite's variable limit.
  const inSection = tx
    .select({ id: articles.id })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(or(eq(articles.sectionId, sectionId), eq(sections.parentId, sectionId)));
  const articleIds = inSection.all().map((row) => row.id);
  if (articleIds.length === 0) return NO_READERS;
  const tagIds = tx.selectDistinct({ id: articleTags.tagId }).from(articleTags).where(inArray(articleTags.articleId, inSection)).all();
  const authorIds = tx
    .selectDistinct({ id: articleBylines.authorId })
    .from(articleBylines)
    .where(inArray(articleBylines.articleId, inSection))
    .all()
    .flatMap((row) => (row.id === null ? [] : [row.id]));
  return { articleIds, tagIds: tagIds.map((row) => row.id), authorIds };
}

/** Every section in newsroom order as a two-level tree, with the number of articles filed in each. */
export function listSectionsForAdmin(): AdminSection[] {
  const counts = countArticlesBySection();
  const rows = db.select().from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
  const node = (row: (typeof rows)[number]): AdminSection => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    parentId: row.parentId,
    articleCount: counts.get(row.id) ?? 0,
    children: rows.filter((child) => child.parentId === row.id).map(node),
  });
  return rows.filter((row) => row.parentId === null).map(node);
}

/** Creates a section at the end of its level. */
export function createSection(input: SectionInput): SectionChange {
  return db.transaction((tx): SectionChange => {
    const problem = slugProblem(tx, input.slug) ?? parentProblem(tx, input.parentId);
    if (problem) return { ok: false, error: problem };
    const position = siblings(tx, input.parentId).length;
    const { id } = tx.insert(sections).values({ ...input, position }).returning({ id: sections.id }).get();
    releaseSlug(tx, 'section', input.slug);
    const sectionIds = input.parentId === null ? [id] : [id, input.parentId];
    return { ok: true, id, name: input.name, slug: input.slug, oldSlug: input.slug, sectionIds, ...NO_READERS };
  });
}

/** Renames, re-describes or re-parents a section; a new slug leaves the old one as a redirect. */
export function updateSection(id: number, input: SectionInput): SectionChange {
  return db.transaction((tx): SectionChange => {
    const before = tx.select().from(sections).where(eq(sections.id, id)).get();
    if (!before) return { ok: false, error: 'not_found' };
    const problem = slugProblem(tx, input.slug, id) ?? parentProblem(tx, input.parentId, id);
    if (problem) return { ok: false, error: problem };
    const moved = before.parentId !== input.parentId;
    const position = moved ? siblings(tx, input.parentId).length : before.position;
    tx.update(sections).set({ ...input, position }).where(eq(sections.id, id)).run();
    if (moved) renumber(tx, siblings(tx, before.parentId));
    if (before.slug !== input.slug) recordSlugRename(tx, 'section', before.slug, input.slug, id);
    const sectionIds = [...new Set([id, before.parentId, input.parentId].filter((v): v is number => v !== null))];
    const shown = before.slug !== input.slug || before.name !== input.name || moved;
    const changes = Object.fromEntries(
      (['name', 'slug', 'description', 'parentId'] as const).filter((key) => before[key] !== input[key]).map((key): [string, [unknown, unknown]] => [key, [before[key], input[key]]]),
    );
    return { ok: true, id, name: input.name, slug: input.slug, oldSlug: before.slug, sectionIds, changes, ...(shown ? readersOf(tx, id) : NO_READERS) };
  });
}

/** Swaps a section with its neighbour above or below at the same level. */
export function moveSection(id: number, direction: 'up' | 'down'): SectionChange {
  return db.transaction((tx): SectionChange => {
    const row = tx.select().from(sections).where(eq(sections.id, id)).get();
    if (!row) return { ok: false, error: 'not_found' };
    const order = siblings(tx, row.parentId);
    const from = order.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const neighbour = order[to];
    if (neighbour === undefined) return { ok: false, error: 'at_edge' };
    order[to] = id;
    order[from] = neighbour;
    renumber(tx, order);
    const sectionIds = row.parentId === null ? [id] : [id, row.parentId];
    return { ok: true, id, name: row.name, slug: row.slug, oldSlug: row.slug, sectionIds, ...NO_READERS };
  });
}

/** Deletes a section with no subsections and no articles (of any status); its old slugs go too. */
export function deleteSection(id: number): SectionChange {
  return db.transaction((tx): SectionChange => {
    const row = tx.select().from(sections).where(eq(sections.id, id)).get();
    if (!row) return { ok: false, error: 'not_found' };
    if (tx.select({ id: sections.id }).from(sections).where(eq(sections.parentId, id)).get()) {
      return { ok: false, error: 'has_children' };
    }
    if (tx.select({ id: articles.id }).from(articles).where(eq(articles.sectionId, id)).get()) {
      return { ok: false, error: 'not_empty' };
    }
    tx.delete(sections).where(eq(sections.id, id)).run();
    retargetRedirects(tx, 'section', id, null);
    renumber(tx, siblings(tx, row.parentId));
    const sectionIds = row.parentId === null ? [id] : [id, row.parentId];
    return { ok: true, id, name: row.name, slug: row.slug, oldSlug: row.slug, sectionIds, ...NO_READERS };
  });
}
