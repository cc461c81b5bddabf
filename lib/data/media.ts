import 'server-only';
import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { media, users } from '@/db/schema';
import type { MediaFields } from '@/lib/media/fields';
import { focalFrom, type FocalPoint } from '@/lib/media/focal';
import { mediaSrcSet } from '@/lib/media/variants';
import { foldVietnamese } from '@/lib/vi/text';
import type { MediaItem } from './dto';
import { mediaUrl } from '@/lib/media/url';

const columns = {
  id: media.id,
  path: media.path,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  mimeType: media.mimeType,
  bytes: media.bytes,
  createdAt: media.createdAt,
  uploaderName: users.name,
  uploadedBy: media.uploadedBy,
  focalX: media.focalX,
  focalY: media.focalY,
};
type MediaRow = ReturnType<typeof selectItems>[number];

function toItem(row: MediaRow): MediaItem {
  return {
    id: row.id,
    src: mediaUrl(row.path),
    srcSet: mediaSrcSet(row),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    mimeType: row.mimeType,
    bytes: row.bytes,
    createdAt: row.createdAt.toISOString(),
    uploaderName: row.uploaderName,
    uploadedBy: row.uploadedBy,
    focal: focalFrom(row.focalX, row.focalY),
  };
}

function selectItems(where: SQL | undefined, page?: { limit: number; offset: number }) {
  const query = db
    .select(columns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id));
  return page ? query.limit(page.limit).offset(page.offset).all() : query.all();
}

export type NewMedia = MediaFields & {
  path: string;
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
  uploadedBy: number | null;
};

/** Records an uploaded photo whose files are already on disk. */
export function createMedia(input: NewMedia): MediaItem {
  const { id } = db.insert(media).values(input).returning({ id: media.id }).get();
  return getMedia(id)!;
}

/** One photo of the library, or null. */
export function getMedia(id: number): MediaItem | null {
  const [row] = selectItems(eq(media.id, id));
  return row ? toItem(row) : null;
}

/** The photos with these ids that exist, in no particular order (the editor's figure previews). */
export function listMediaByIds(ids: number[]): MediaItem[] {
  return ids.length === 0 ? [] : selectItems(inArray(media.id, ids)).map(toItem);
}

/** Sets a photo's alt text, default caption and credit; null when it does not exist. */
export function updateMedia(id: number, fields: MediaFields): MediaItem | null {
  const changed = db.update(media).set(fields).where(eq(media.id, id)).run().changes;
  return changed ? getMedia(id) : null;
}

/** Sets (or clears, with null) a photo's focal point; the stored path and the point it replaced, or null when the photo does not exist. */
export function setMediaFocalPoint(id: number, focal: FocalPoint | null): { path: string; previous: FocalPoint | null } | null {
  return db.transaction((tx) => {
    const row = tx.select({ path: media.path, x: media.focalX, y: media.focalY }).from(media).where(eq(media.id, id)).get();
    if (!row) return null;
    tx.update(media).set({ focalX: focal?.x ?? null, focalY: focal?.y ?? null }).where(eq(media.id, id)).run();
    return { path: row.path, previous: focalFrom(row.x, row.y) };
  });
}

/** The focal point of the photo stored at a path: undefined when no photo is, null when unset. */
export function getFocalPointByPath(path: string): FocalPoint | null | undefined {
  const row = db.select({ x: media.focalX, y: media.focalY }).from(media).where(eq(media.path, path)).get();
  return row ? focalFrom(row.x, row.y) : undefined;
}

export type MediaQuery = { query?: string; from?: Date; to?: Date; page: number; pageSize: number };

/**
 * The library, newest first, optionally searched (alt, caption, credit; accents and case ignored)
 * and limited to uploads in [from, to). Folding happens here because SQLite cannot fold Vietnamese.
 */
export function listMedia({ query, from, to, page, pageSize }: MediaQuery): { items: MediaItem[]; total: number } {
  const where = and(from ? gte(media.createdAt, from) : undefined, to ? lt(media.createdAt, to) : undefined);
  const needle = foldVietnamese(query?.trim() ?? '');
  const start = (page - 1) * pageSize;
  if (!needle) {
    // Unsearched, a page is read newest first from media_created_idx and counted there: a decade's library stays quick.
    const total = db.select({ n: count() }).from(media).where(where).get()?.n ?? 0;
    return { items: selectItems(where, { limit: pageSize, offset: start }).map(toItem), total };
  }
  const matching = selectItems(where).filter((r) => foldVietnamese(`${r.alt}\n${r.caption}\n${r.credit}`).includes(needle));
  return { items: matching.slice(start, start + pageSize).map(toItem), total: matching.length };
}
