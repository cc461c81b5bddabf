import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import type { ProcessedImage } from './process';
import { newStoredPath, resolveStoredPath } from './stored-path';
import { variantPath, variantWidths } from './variants';

function absolute(stored: string): string {
  const file = resolveStoredPath(env.MEDIA_DIR, stored);
  if (!file) throw new Error(`Not a stored media path: ${stored}`);
  return file;
}

/** Every file a stored photo has on disk from its upload: the original and its variants. */
export function storedFiles(stored: string, width: number): string[] {
  return [stored, ...variantWidths(width).map((w) => variantPath(stored, w))];
}

/** Writes a processed photo under MEDIA_DIR; returns its stored path. Nothing is left behind on failure. */
export async function writeProcessedImage(image: ProcessedImage): Promise<string> {
  const stored = newStoredPath(image.extension);
  const files: [string, Buffer][] = [
    [stored, image.original],
    ...image.variants.map((v): [string, Buffer] => [variantPath(stored, v.width), v.data]),
  ];
  await fs.mkdir(path.dirname(absolute(stored)), { recursive: true });
  try {
    // 'wx': a name collision fails instead of replacing someone else's photo.
    await Promise.all(files.map(([name, data]) => fs.writeFile(absolute(name), data, { flag: 'wx' })));
  } catch (error) {
    await removeStoredImage(stored, image.width);
    throw error;
  }
  return stored;
}

/** The cover crops on disk beside an original (absolute path), around any focal point. */
export async function listCropFiles(original: string): Promise<string[]> {
  const stem = path.basename(original).replace(/\.[a-z0-9]+$/i, '');
  const crop = new RegExp(`^${stem}-(16x9|4x3|1x1)(-f\\d{1,4}-\\d{1,4})?\\.jpg$`);
  const names = await fs.readdir(path.dirname(original)).catch(() => []);
  return names.filter((name) => crop.test(name)).map((name) => path.join(path.dirname(original), name));
}

/** Deletes a stored photo's files, cover crops included; missing files are not an error. */
export async function removeStoredImage(stored: string, width: number): Promise<void> {
  const crops = await listCropFiles(absolute(stored));
  await Promise.all([...storedFiles(stored, width).map(absolute), ...crops].map((file) => fs.rm(file, { force: true })));
}
