import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { media } from '@/db/schema';
import { readArticleCacheScope, tagsForScopes } from './article-cache-scope';
import type { MediaUsage } from './dto';

type Reader = Pick<typeof db, 'all'>;

// Figures live at the top level of the body document (lib/article-body/schema.ts). Unsaved
// autosaves count too: applying one later must not point at a deleted photo. Revisions do not:
// they are history, and a restored figure without its photo falls back to its caption.
function usageOf(tx: Reader, mediaId: number): MediaUsage[] {
  const figureIn = (json: ReturnType<typeof sql.raw>) => sql`EXISTS (
    SELECT 1 FROM json_each(${json}) AS f
    WHERE json_extract(f.value, '$.type') = 'figure' AND json_extract(f.value, '$.attrs.mediaId') = ${mediaId})`;
  const rows = tx.all<MediaUsage>(sql`
    SELECT a.id AS articleId, a.title, a.status, 'cover' AS "as" FROM articles a WHERE a.cover_media_id = ${mediaId}
    UNION
    SELECT a.id, a.title, a.status, 'figure' FROM articles a WHERE ${figureIn(sql.raw(`a.body, '$.content'`))}
    UNION
    SELECT a.id, a.title, a.status, 'autosave' FROM article_autosaves s JOIN articles a ON a.id = s.article_id
    WHERE json_extract(s.snapshot, '$.coverMediaId') = ${mediaId}
       OR ${figureIn(sql.raw(`s.snapshot, '$.body.content'`))}
    ORDER BY 1 DESC`);
  return rows;
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
