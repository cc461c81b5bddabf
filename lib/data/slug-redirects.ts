import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { events, sections, slugRedirects, tags } from '@/db/schema';
import { eventPath, sectionPath, tagPath } from '@/lib/urls';

export type RedirectKind = 'section' | 'tag' | 'event';
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
    eventSlug: db.select({ slug: events.slug }).from(events).where(eq(events.id, sql.placeholder('id'))).prepare(),
    eventId: db.select({ id: events.id }).from(events).where(eq(events.slug, sql.placeholder('slug'))).prepare(),
  };
}
let lookups: ReturnType<typeof prepareLookups> | undefined;

/**
 * The current slug of a renamed section, tag or event, or null; each of its URLs (pages, feed)
 * answers with the same URL under this slug. A slug that is in use again (a new section took it)
 * is not redirected: the current owner wins.
 */
export function getRenamedSlug(kind: RedirectKind, slug: string): string | null {
  const q = (lookups ??= prepareLookups());
  const hit = q.redirect.get({ kind, slug });
  if (!hit) return null;
  const id = hit.targetId;
  switch (kind) {
    case 'section':
      return q.sectionId.get({ slug }) ? null : (q.sectionSlug.get({ id })?.slug ?? null);
    case 'tag':
      return q.tagId.get({ slug }) ? null : (q.tagSlug.get({ id })?.slug ?? null);
    case 'event':
      return q.eventId.get({ slug }) ? null : (q.eventSlug.get({ id })?.slug ?? null);
  }
}

const PAGE_PATH: Record<RedirectKind, (slug: string) => string> = { section: sectionPath, tag: tagPath, event: eventPath };

/** The current page path for a renamed section's, tag's or event's old slug, or null. */
export function getRenamedSlugPath(kind: RedirectKind, slug: string): string | null {
  const current = getRenamedSlug(kind, slug);
  return current === null ? null : PAGE_PATH[kind](current);
}

/** Inside a rename: the old slug now leads to the target, and the new slug is nobody's old one. */
export function recordSlugRename(tx: Tx, kind: RedirectKind, oldSlug: string, newSlug: string, targetId: number): void {
  tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, newSlug))).run();
  tx.insert(slugRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId } })
    .run();
}

/** A slug taken by a new section, tag or event stops redirecting elsewhere. */
export function releaseSlug(tx: Tx, kind: RedirectKind, slug: string): void {
  tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, slug))).run();
}

/** Points every redirect to `fromId` at `toId` (a merge), or drops them when `toId` is null (a delete). */
export function retargetRedirects(tx: Tx, kind: RedirectKind, fromId: number, toId: number | null): void {
  const where = and(eq(slugRedirects.kind, kind), eq(slugRedirects.targetId, fromId));
  if (toId === null) tx.delete(slugRedirects).where(where).run();
  else tx.update(slugRedirects).set({ targetId: toId }).where(where).run();
}

/** Old slugs that lead to one section, tag or event, for the admin pages. */
export function listOldSlugs(kind: RedirectKind, targetId: number): string[] {
  return db
    .select({ slug: slugRedirects.oldSlug })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.targetId, targetId)))
    .all()
    .map((row) => row.slug);
}
