import path from 'node:path';

// Stored names are made here, never taken from the client: "<yyyy>/<mm>/<uuid>.<ext>" for the
// original, "<yyyy>/<mm>/<uuid>-<width>.webp" for variants, and "embeds/<hash>.webp" for an
// embed's poster (./embed-thumbnails.ts). Anything else is not ours.

const STORED_PATH =
  /^(\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-\d{1,4})?\.(jpg|png|webp|avif)|embeds\/[0-9a-f]{32}\.webp)$/;

export const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** A fresh stored path for an original: dated folder, random name, our extension. */
export function newStoredPath(extension: string, now = new Date(), uuid: string = crypto.randomUUID()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${uuid}.${extension}`;
}

/**
 * The absolute file for a stored path, or null unless the path has exactly our shape and stays
 * inside the media folder. URL segments arrive decoded, so "..", "%2e%2e", backslashes and NULs
 * all fail the shape test before the file system is asked.
 */
export function resolveStoredPath(mediaDir: string, stored: string): string | null {
  if (!STORED_PATH.test(stored)) return null;
  const root = path.resolve(mediaDir);
  const file = path.resolve(root, stored);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The Content-Type a stored file is served with, from its (our own) extension. */
export function contentTypeOf(stored: string): string | null {
  return CONTENT_TYPES[stored.slice(stored.lastIndexOf('.') + 1)] ?? null;
}
