import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { sections, slugRedirects, tags } from '@/db/schema';
import { sectionPath, tagPath } from '@/lib/urls';

export type RedirectKind = 'section' | 'tag';
type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

// Prepared on first use (not at import, so a build against an unmigrated database still loads
// this module): the proxy runs these for unknown one-segment paths, each a unique-index lookup.
function prepareLookups() {
  return {
    redirect: db
      .select({ targetId: slugRedirects.targetId })
      .from(slugRedirects)
      .where(and(eq(slugRedirects.kind, sql.placeholder('kind')), eq(slugRedirects.oldSlug, sql.placeholder('slug'))))
      .prepare(),
    sectionSlug: db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, sql.placeholder('id'))).prepare(),
    sectionId: db.select({ id: sections.id }).from(sections).where(eq(sections.slug, sql.placeholder('slug'))).prepare(),
    tagSlug: db.select({ slug: tags.slug }).from(tags).where(eq(tags.id, sql.placeholder('id'))).prepare(),
    tagId: db.select({ id: tags.id }).from(tags).where(eq(tags.slug, sql.placeholder('slug'))).prepare(),
  };
}
let lookups: ReturnType<typeof prepareLookups> | undefined;

/**
 * The current public path for a renamed section or tag slug, or null. A slug that is in use
 * again (a new section took it) is not redirected: the current owner wins.
 */
export function getRenamedSlugPath(kind: RedirectKind, slug: string): string | null {
  const q = (lookups ??= prepareLookups());
  const hit = q.redirect.get({ kind, slug });
  if (!hit) return null;
  if (kind === 'section') {
    if (q.sectionId.get({ slug })) return null;
    const target = q.sectionSlug.get({ id: hit.targetId });
    return target ? sectionPath(target.slug) : null;
  }
  if (q.tagId.get({ slug })) return null;
  const target = q.tagSlug.get({ id: hit.targetId });
  return target ? tagPath(target.slug) : null;
}

/** Inside a rename: the old slug now leads to the target, and the new slug is nobody's old one. */
export function recordSlugRename(tx: Tx, kind: RedirectKind, oldSlug: string, newSlug: string, targetId: number): void {
  tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, newSlug))).run();
  tx.insert(slugRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId } })
    .run();
}

/** A slug taken by a new section or tag stops redirecting elsewhere. */
export function releaseSlug(tx: Tx, kind: RedirectKind, slug: string): void {
  tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, slug))).run();
}

/** Points every redirect to `fromId` at `toId` (a merge), or drops them when `toId` is null (a delete). */
export function retargetRedirects(tx: Tx, kind: RedirectKind, fromId: number, toId: number | null): void {
  const where = and(eq(slugRedirects.kind, kind), eq(slugRedirects.targetId, fromId));
  if (toId === null) tx.delete(slugRedirects).where(where).run();
  else tx.update(slugRedirects).set({ targetId: toId }).where(where).run();
}

/** Old slugs that lead to one section or tag, for the admin pages. */
export function listOldSlugs(kind: RedirectKind, targetId: number): string[] {
  return db
    .select({ slug: slugRedirects.oldSlug })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.targetId, targetId)))
    .all()
    .map((row) => row.slug);
}
