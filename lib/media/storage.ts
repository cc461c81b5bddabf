import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { IMAGE_RATIOS } from '@/lib/seo/json-ld';
import type { ProcessedImage } from './process';
import { newStoredPath, resolveStoredPath } from './stored-path';
import { cropFilePath, variantPath, variantWidths } from './variants';

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

/** Deletes a stored photo's files, cover crops included; missing files are not an error. */
export async function removeStoredImage(stored: string, width: number): Promise<void> {
  const crops = IMAGE_RATIOS.map((ratio) => cropFilePath(absolute(stored), ratio.name));
  await Promise.all([...storedFiles(stored, width).map(absolute), ...crops].map((file) => fs.rm(file, { force: true })));
}
