import 'server-only';
import fs from 'node:fs/promises';
import { env } from '@/lib/env';
import { cropSize } from '@/lib/seo/crops';
import type { ImageRatio } from '@/lib/seo/json-ld';
import { MAX_INPUT_PIXELS } from './limits';
import { withProcessingSlot } from './processing-slots';
import sharp from './sharp';
import { singleFlight } from './single-flight';
import { resolveStoredPath } from './stored-path';
import { cropFilePath, cropSourceWidth, variantPath } from './variants';

// Cover crops for search engines (/anh/{ratio}/…) are cut once, on first request, and stored
// beside the original; every later request streams the file. Cutting them lazily also covers
// photos uploaded before crops were stored, and only article photos (cover or first body photo) get them.

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then((stat) => stat.isFile(), () => false);
}

async function cutCrop(original: string, crop: string, ratio: ImageRatio): Promise<string | null> {
  // A request that waited for the slot may find the crop already made by the one before it.
  if (await isFile(crop)) return crop;
  // Header only: the original's upright size decides the crop, as in the JSON-LD.
  const meta = await sharp(original, { limitInputPixels: MAX_INPUT_PIXELS }).metadata().catch(() => null);
  if (!meta?.width || !meta.height) return null;
  const photo = meta.autoOrient;
  const size = cropSize(photo.width, photo.height, ratio);
  const variantWidth = cropSourceWidth(photo, size);
  const variant = variantWidth === null ? null : variantPath(original, variantWidth);
  const source = variant && (await isFile(variant)) ? variant : original;
  // Written aside and renamed, so a concurrent reader never streams half a file.
  const partial = `${crop}.${crypto.randomUUID()}.part`;
  try {
    await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(size.width, size.height, { fit: 'cover', position: sharp.strategy.attention })
      .jpeg({ quality: 82, mozjpeg: true })
      .toFile(partial);
    await fs.rename(partial, crop);
  } finally {
    await fs.rm(partial, { force: true });
  }
  return crop;
}

/**
 * The stored crop of a stored photo at a ratio, cut first if missing (once however many ask at
 * the same time, inside a processing slot). Null when the path names no stored photo.
 */
export async function storedCoverCrop(stored: string, ratio: ImageRatio): Promise<string | null> {
  const original = resolveStoredPath(env.MEDIA_DIR, stored);
  if (!original) return null;
  const crop = cropFilePath(original, ratio);
  if (await isFile(crop)) return crop;
  // Made-up names never wait in the queue for a slot.
  if (!(await isFile(original))) return null;
  return singleFlight(crop, () => withProcessingSlot(() => cutCrop(original, crop, ratio)));
}
