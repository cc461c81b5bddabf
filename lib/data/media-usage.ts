import 'server-only';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, media } from '@/db/schema';
import type { MediaFields } from '@/lib/media/fields';
import { log } from '@/lib/log';
import { readArticleCacheScope, tagsForScopes } from '@/lib/data/articles/cache-scope';
import type { MediaItem, MediaUsage } from './dto';
import { getMedia } from './media';

type Reader = Pick<typeof db, 'all'>;

// Figures live at the top level of the body document or one level down in a gallery
// (lib/article-body/schema.ts). Unsaved
// autosaves count too: applying one later must not point at a deleted photo. Revisions do not:
// they are history, and a restored figure without its photo falls back to its caption.
// A stored document SQLite's JSON functions reject (nested past their depth limit, possible before
// lib/article-body/limits.ts, or damaged) would fail this query for every photo; it is searched as
// text instead (bodies are stored as compact JSON), so a photo it shows still cannot be deleted.
function usageOf(tx: Reader, mediaId: number): MediaUsage[] {
  const mentions = (json: SQL, key: string) =>
    sql`(instr(${json}, ${`"${key}":${mediaId},`}) > 0 OR instr(${json}, ${`"${key}":${mediaId}}`}) > 0)`;
  const figureIn = (json: SQL, path: string) => sql`EXISTS (
    SELECT 1 FROM json_each(${json}, ${path}) AS f
    WHERE (json_extract(f.value, '$.type') = 'figure' AND json_extract(f.value, '$.attrs.mediaId') = ${mediaId})
      OR (json_extract(f.value, '$.type') = 'gallery' AND EXISTS (
        SELECT 1 FROM json_each(f.value, '$.content') AS g WHERE json_extract(g.value, '$.attrs.mediaId') = ${mediaId})))`;
  const body = sql`a.body`;
  const snapshot = sql`s.snapshot`;
  const rows = tx.all<MediaUsage & { readable: 0 | 1 }>(sql`
    SELECT a.id AS articleId, a.title, a.status, 'cover' AS "as", 1 AS readable FROM articles a WHERE a.cover_media_id = ${mediaId}
    UNION
    SELECT a.id, a.title, a.status, 'figure', json_valid(a.body) FROM articles a
    WHERE CASE WHEN json_valid(a.body) THEN ${figureIn(body, '$.content')} ELSE ${mentions(body, 'mediaId')} END
    UNION
    SELECT a.id, a.title, a.status, 'autosave', json_valid(s.snapshot) FROM article_autosaves s JOIN articles a ON a.id = s.article_id
    WHERE CASE WHEN json_valid(s.snapshot)
      THEN json_extract(s.snapshot, '$.coverMediaId') = ${mediaId} OR ${figureIn(snapshot, '$.body.content')}
      ELSE ${mentions(snapshot, 'coverMediaId')} OR ${mentions(snapshot, 'mediaId')} END
    ORDER BY 1 DESC`);
  for (const row of rows.filter((r) => !r.readable)) {
    log('warn', 'stored article body is not JSON SQLite can read; photo use found by text', {
      articleId: row.articleId,
      as: row.as,
      mediaId,
    });
  }
  return rows.map(({ readable: _readable, ...usage }) => usage);
}

/** Articles that show a photo (as cover, in a figure, or in an unsaved autosave). */
export function listMediaUsage(mediaId: number): MediaUsage[] {
  return usageOf(db, mediaId);
}

/** Cache tags of every article page and listing that shows the photo, for after an edit. */
export function tagsForMediaChange(mediaId: number): string[] {
  const ids = [...new Set(usageOf(db, mediaId).map((u) => u.articleId))];
  return tagsForScopes(...ids.map((id) => readArticleCacheScope(db, id)));
}

export type DeleteMediaResult =
  | { ok: true; path: string; width: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'in-use'; usage: MediaUsage[] };

/** Deletes a photo's row unless an article uses it; the check and the delete are one transaction. */
export function deleteMediaIfUnused(mediaId: number): DeleteMediaResult {
  return db.transaction((tx): DeleteMediaResult => {
    const row = tx.select({ path: media.path, width: media.width }).from(media).where(eq(media.id, mediaId)).get();
    if (!row) return { ok: false, reason: 'not-found' };
    const usage = usageOf(tx, mediaId);
    if (usage.length > 0) return { ok: false, reason: 'in-use', usage };
    tx.delete(media).where(eq(media.id, mediaId)).run();
    return { ok: true, ...row };
  });
}

const INHERITED = ['caption', 'credit'] as const;

/**
 * Makes the figures of this photo that still carry a copy of its old caption or credit read the
 * library's instead (an empty attribute). The editor used to copy them into each figure on choosing
 * the photo, so a correction in the library never reached those articles; a figure whose words
 * differ from the library's is the article's own and is left alone. Figures nested in other
 * blocks (galleries) are walked too. Returns whether the body changed.
 */
function inheritLibraryWords(node: unknown, mediaId: number, before: MediaFields, after: MediaFields): boolean {
  if (!node || typeof node !== 'object') return false;
  const { type, attrs, content } = node as { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };
  let changed = false;
  if (type === 'figure' && attrs?.mediaId === mediaId) {
    for (const key of INHERITED) {
      if (before[key] !== after[key] && before[key] !== '' && attrs[key] === before[key]) {
        attrs[key] = '';
        changed = true;
      }
    }
  }
  if (Array.isArray(content)) for (const child of content) changed = inheritLibraryWords(child, mediaId, before, after) || changed;
  return changed;
}

export type MediaWordsUpdate = { before: MediaItem; after: MediaItem; tags: string[] };

/**
 * Sets a photo's alt text, default caption and credit, and points the figures holding a copy of
 * the old caption or credit back at the library, in one transaction. Null when the photo does not
 * exist. The tags are every page and listing showing the photo (expire them after).
 */
export function updateMediaWords(mediaId: number, fields: MediaFields): MediaWordsUpdate | null {
  const before = getMedia(mediaId);
  if (!before) return null;
  db.transaction((tx) => {
    tx.update(media).set(fields).where(eq(media.id, mediaId)).run();
    const figureIds = [...new Set(usageOf(tx, mediaId).filter((u) => u.as === 'figure').map((u) => u.articleId))];
    if (figureIds.length === 0) return;
    const rows = tx.select({ id: articles.id, body: sql<string>`${articles.body}` }).from(articles).where(inArray(articles.id, figureIds)).all();
    for (const row of rows) {
      let body: unknown;
      try {
        body = JSON.parse(row.body);
      } catch {
        continue; // a damaged body is logged by its readers; its copies stay as they are
      }
      // Not an editorial change: no version bump (an open editor is not put in conflict) and no new modified time.
      if (inheritLibraryWords(body, mediaId, before, fields)) tx.update(articles).set({ body }).where(eq(articles.id, row.id)).run();
    }
  });
  return { before, after: getMedia(mediaId)!, tags: tagsForMediaChange(mediaId) };
}
