import 'server-only';
import fs from 'node:fs/promises';
import { env } from '@/lib/env';
import { cropSize, IMAGE_RATIOS, type ImageRatio } from './crops';
import { focalCropRegion, type FocalPoint } from './focal';
import { MAX_INPUT_PIXELS } from './limits';
import { withProcessingSlot } from './processing-slots';
import sharp from './sharp';
import { singleFlight } from './single-flight';
import { listCropFiles } from './storage';
import { resolveStoredPath } from './stored-path';
import { cropFilePath, cropSourceWidth, variantPath } from './variants';

// Cover crops for search engines (/anh/{ratio}/…) are cut once, on first request, and stored
// beside the original; every later request streams the file. Cutting them lazily also covers
// photos uploaded before crops were stored, and only article photos (cover or first body photo) get them.
// Without a focal point libvips' attention strategy picks the region; with one, the largest region
// of the ratio centred on it (lib/media/focal.ts). Each focal point has its own file name, so
// moving it never serves a stale crop under a URL browsers keep for a year.

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then((stat) => stat.isFile(), () => false);
}

async function cutCrop(original: string, crop: string, ratio: ImageRatio, focal: FocalPoint | null): Promise<string | null> {
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
    const image = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    if (focal) {
      const upright = source === original ? photo : (await sharp(source).metadata()).autoOrient;
      image.extract(focalCropRegion(upright, size, focal)).resize(size.width, size.height);
    } else {
      image.resize(size.width, size.height, { fit: 'cover', position: sharp.strategy.attention });
    }
    await image.jpeg({ quality: 82, mozjpeg: true }).toFile(partial);
    await fs.rename(partial, crop);
  } finally {
    await fs.rm(partial, { force: true });
  }
  return crop;
}

/** The crop already on disk for a stored photo, ratio and focal point; null when not cut (yet). */
export async function existingCoverCrop(stored: string, ratio: ImageRatio, focal: FocalPoint | null): Promise<string | null> {
  const original = resolveStoredPath(env.MEDIA_DIR, stored);
  if (!original) return null;
  const crop = cropFilePath(original, ratio, focal);
  return (await isFile(crop)) ? crop : null;
}

/**
 * The stored crop of a stored photo at a ratio around a focal point (null: the attention crop), cut
 * first if missing (once however many ask at the same time, inside a processing slot). Null when
 * the path names no stored photo. The caller asks only for the photo's current focal point.
 */
export async function storedCoverCrop(stored: string, ratio: ImageRatio, focal: FocalPoint | null = null): Promise<string | null> {
  const original = resolveStoredPath(env.MEDIA_DIR, stored);
  if (!original) return null;
  const crop = cropFilePath(original, ratio, focal);
  if (await isFile(crop)) return crop;
  // Made-up names never wait in the queue for a slot.
  if (!(await isFile(original))) return null;
  return singleFlight(crop, () => withProcessingSlot(() => cutCrop(original, crop, ratio, focal)));
}

/** Removes a stored photo's crops around any focal point but this one (after it moved). */
export async function removeOtherCoverCrops(stored: string, keep: FocalPoint | null): Promise<void> {
  const original = resolveStoredPath(env.MEDIA_DIR, stored);
  if (!original) return;
  const crops = await listCropFiles(original);
  const kept = new Set(IMAGE_RATIOS.map((ratio) => cropFilePath(original, ratio.name, keep)));
  await Promise.all(crops.filter((file) => !kept.has(file)).map((file) => fs.rm(file, { force: true })));
}
