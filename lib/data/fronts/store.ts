import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { frontRevisions, fronts, users } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import { HOME_FRONT_KEY, frontDocumentSchema, sectionFrontKey, type FrontDocument } from '@/lib/domain/front-document';
import { listSections } from '@/lib/data/sections';
import type { Section } from '@/lib/data/dto';
import { defaultHomeFront, defaultSectionFront } from './defaults';

// Fronts as the newsroom edits them: one draft per front with an optimistic lock
// (`draft_version`, like articles' version: a stale writer gets the current front back, never an
// overwrite), published whole as a revision that readers then see. A front without a row is its
// default (defaults.ts) at draft version 0; the first save creates the row.

export type FrontKey = string; // 'home' | 'section:{id}'

export type FrontListItem = {
  key: FrontKey;
  /** 'Trang chủ' or the section's name. */
  name: string;
  /** '/' or the section's path. */
  path: string;
  publishedAt: Date | null;
  publishedBy: string | null;
  hasUnpublishedChanges: boolean;
};

export type FrontForEditing = {
  key: FrontKey;
  name: string;
  path: string;
  draft: FrontDocument;
  draftVersion: number;
  draftUpdatedAt: Date | null;
  draftUpdatedBy: string | null;
  published: FrontDocument | null;
  publishedRevisionId: number | null;
};

export type FrontConflict = { ok: false; reason: 'conflict'; current: FrontForEditing };

export type FrontRevisionItem = { id: number; publishedAt: Date; publishedBy: string | null; restoredFrom: number | null };

type FrontPage = { key: FrontKey; name: string; path: string; defaultDocument: () => FrontDocument };

const HOME_NAME = 'Trang chủ';

function frontPages(sections: Section[]): FrontPage[] {
  return [
    { key: HOME_FRONT_KEY, name: HOME_NAME, path: '/', defaultDocument: () => defaultHomeFront(sections) },
    ...sections.map((section) => ({
      key: sectionFrontKey(section.id),
      name: section.name,
      path: section.path,
      defaultDocument: defaultSectionFront,
    })),
  ];
}

function findFrontPage(key: FrontKey): FrontPage | null {
  return frontPages(listSections()).find((page) => page.key === key) ?? null;
}

/** Stored documents are parsed on every read: a document the schema no longer accepts is never served half-valid. */
function parseDocument(json: string): FrontDocument {
  return frontDocumentSchema.parse(JSON.parse(json));
}

/** One canonical JSON text per document (the schema's key order), so equal documents compare equal. */
function serialise(document: FrontDocument): string {
  return JSON.stringify(frontDocumentSchema.parse(document));
}

function readFrontRow(key: FrontKey) {
  return db
    .select({
      draft: fronts.draft,
      draftVersion: fronts.draftVersion,
      draftUpdatedAt: fronts.draftUpdatedAt,
      draftUpdatedBy: users.name,
      publishedRevisionId: fronts.publishedRevisionId,
      published: frontRevisions.document,
    })
    .from(fronts)
    .leftJoin(users, eq(users.id, fronts.draftUpdatedBy))
    .leftJoin(frontRevisions, eq(frontRevisions.id, fronts.publishedRevisionId))
    .where(eq(fronts.key, key))
    .get();
}

function forEditing(page: FrontPage): FrontForEditing {
  const row = readFrontRow(page.key);
  const identity = { key: page.key, name: page.name, path: page.path };
  if (!row) {
    return { ...identity, draft: page.defaultDocument(), draftVersion: 0, draftUpdatedAt: null, draftUpdatedBy: null, published: null, publishedRevisionId: null };
  }
  return {
    ...identity,
    draft: parseDocument(row.draft),
    draftVersion: row.draftVersion,
    draftUpdatedAt: row.draftUpdatedAt,
    draftUpdatedBy: row.draftUpdatedBy,
    published: row.published === null ? null : parseDocument(row.published),
    publishedRevisionId: row.publishedRevisionId,
  };
}

/** Every front: the home first, then each section's in navigation order, with what is live. */
export function listFronts(): FrontListItem[] {
  const rows = db
    .select({
      key: fronts.key,
      draft: fronts.draft,
      published: frontRevisions.document,
      publishedAt: frontRevisions.publishedAt,
      publishedBy: users.name,
    })
    .from(fronts)
    .leftJoin(frontRevisions, eq(frontRevisions.id, fronts.publishedRevisionId))
    .leftJoin(users, eq(users.id, frontRevisions.publishedBy))
    .all();
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return frontPages(listSections()).map(({ key, name, path }) => {
    const row = byKey.get(key);
    return {
      key,
      name,
      path,
      publishedAt: row?.publishedAt ?? null,
      publishedBy: row?.publishedBy ?? null,
      hasUnpublishedChanges: row !== undefined && row.draft !== row.published,
    };
  });
}

/** A front's draft and live documents; null for a key that names no front (an unknown section). */
export function getFrontForEditing(key: FrontKey): FrontForEditing | null {
  const page = findFrontPage(key);
  return page ? forEditing(page) : null;
}

/** The document readers see: the published revision, else the default front. Null for an unknown key. */
export function getPublishedFrontDocument(key: FrontKey): FrontDocument | null {
  const page = findFrontPage(key);
  if (!page) return null;
  const row = db
    .select({ document: frontRevisions.document })
    .from(fronts)
    .innerJoin(frontRevisions, eq(frontRevisions.id, fronts.publishedRevisionId))
    .where(eq(fronts.key, key))
    .get();
  return row ? parseDocument(row.document) : page.defaultDocument();
}

class StaleFront extends Error {}

function requirePage(key: FrontKey): FrontPage {
  const page = findFrontPage(key);
  if (!page) throw new Error(`No front has the key ${key}`);
  return page;
}

type DraftWrite = { frontId: number; version: number; now: Date; tx: Parameters<Parameters<typeof db.transaction>[0]>[0] };

/** Writes the draft if the front is still at `expectedVersion`, then runs `after` in the same transaction. */
function writeDraft<Done>(
  page: FrontPage,
  draftJson: string,
  expectedVersion: number,
  actorId: number | null,
  after: (write: DraftWrite) => Done,
): ({ ok: true; version: number } & Done) | FrontConflict {
  try {
    return db.transaction((tx) => {
      const now = new Date();
      const row = tx.select({ id: fronts.id, version: fronts.draftVersion }).from(fronts).where(eq(fronts.key, page.key)).get();
      if ((row?.version ?? 0) !== expectedVersion) throw new StaleFront();
      const version = expectedVersion + 1;
      const set = { draft: draftJson, draftVersion: version, draftUpdatedBy: actorId, draftUpdatedAt: now };
      const frontId = row
        ? tx.update(fronts).set(set).where(and(eq(fronts.id, row.id), eq(fronts.draftVersion, expectedVersion))).returning({ id: fronts.id }).get()?.id
        : tx.insert(fronts).values({ key: page.key, ...set }).returning({ id: fronts.id }).get().id;
      if (frontId === undefined) throw new StaleFront();
      return { ok: true as const, version, ...after({ frontId, version, now, tx }) };
    });
  } catch (error) {
    if (error instanceof StaleFront) return { ok: false, reason: 'conflict', current: forEditing(page) };
    throw error;
  }
}

/** Saves a front's draft; a stale `expectedVersion` (someone saved since) gets the current front back. */
export function saveFrontDraft(
  key: FrontKey,
  document: FrontDocument,
  expectedVersion: number,
  actorId: number | null,
): { ok: true; version: number } | FrontConflict {
  return writeDraft(requirePage(key), serialise(document), expectedVersion, actorId, () => ({}));
}

/**
 * Saves the draft and publishes it whole as a new revision; readers see it once the returned tags
 * expire. Publishing a document equal to an earlier revision records that revision as restored.
 */
export function publishFront(
  key: FrontKey,
  document: FrontDocument,
  expectedVersion: number,
  actorId: number | null,
): { ok: true; version: number; revisionId: number; tags: string[] } | FrontConflict {
  const json = serialise(document);
  return writeDraft(requirePage(key), json, expectedVersion, actorId, ({ frontId, now, tx }) => {
    const earlier = tx
      .select({ id: frontRevisions.id })
      .from(frontRevisions)
      .where(and(eq(frontRevisions.frontId, frontId), eq(frontRevisions.document, json)))
      .orderBy(desc(frontRevisions.id))
      .get();
    const current = tx.select({ id: fronts.publishedRevisionId }).from(fronts).where(eq(fronts.id, frontId)).get();
    const restoredFrom = earlier && earlier.id !== current?.id ? earlier.id : null;
    const revisionId = tx
      .insert(frontRevisions)
      .values({ frontId, document: json, publishedBy: actorId, publishedAt: now, restoredFrom })
      .returning({ id: frontRevisions.id })
      .get().id;
    tx.update(fronts).set({ publishedRevisionId: revisionId }).where(eq(fronts.id, frontId)).run();
    return { revisionId, tags: [cacheTags.front(key)] };
  });
}

/** A front's published revisions, newest first. */
export function listFrontRevisions(key: FrontKey, limit = 50): FrontRevisionItem[] {
  return db
    .select({
      id: frontRevisions.id,
      publishedAt: frontRevisions.publishedAt,
      publishedBy: users.name,
      restoredFrom: frontRevisions.restoredFrom,
    })
    .from(frontRevisions)
    .innerJoin(fronts, eq(fronts.id, frontRevisions.frontId))
    .leftJoin(users, eq(users.id, frontRevisions.publishedBy))
    .where(eq(fronts.key, key))
    .orderBy(desc(frontRevisions.id))
    .limit(limit)
    .all();
}

/** One published revision of a front; null when it is not that front's. */
export function getFrontRevision(key: FrontKey, revisionId: number): FrontDocument | null {
  const row = db
    .select({ document: frontRevisions.document })
    .from(frontRevisions)
    .innerJoin(fronts, eq(fronts.id, frontRevisions.frontId))
    .where(and(eq(fronts.key, key), eq(frontRevisions.id, revisionId)))
    .get();
  return row ? parseDocument(row.document) : null;
}

/** Copies a published revision into the draft (publishing it is a separate step). */
export function restoreFrontRevision(
  key: FrontKey,
  revisionId: number,
  expectedVersion: number,
  actorId: number | null,
): { ok: true; version: number } | FrontConflict | { ok: false; reason: 'not-found' } {
  const document = getFrontRevision(key, revisionId);
  if (!document) return { ok: false, reason: 'not-found' };
  return saveFrontDraft(key, document, expectedVersion, actorId);
}

/** Every published front's key and live document (the scheduler looks for pins falling due). */
export function listPublishedFrontDocuments(): { key: FrontKey; document: FrontDocument }[] {
  return db
    .select({ key: fronts.key, document: frontRevisions.document })
    .from(fronts)
    .innerJoin(frontRevisions, eq(frontRevisions.id, fronts.publishedRevisionId))
    .all()
    .map((row) => ({ key: row.key, document: parseDocument(row.document) }));
}
