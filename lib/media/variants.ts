import { mediaUrl } from './url';
import type { ImageRatio } from './crops';
import { focalKey, type FocalPoint } from './focal';

// Responsive copies are WebP files named after the original: "2026/11/<uuid>.jpg" has
// "2026/11/<uuid>-640.webp" and so on. The widths follow from the stored width alone, so the
// media table needs no column for them and pages build srcset without touching the disk.

/** Widths offered to browsers; the photo's own width is added when it is narrower than the largest. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** The variant widths of a photo this wide: never upscaled, always at least one. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  const largest = Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!);
  if (!widths.includes(largest)) widths.push(largest);
  return widths;
}

/** Stored path of one WebP variant of a stored original. */
export function variantPath(originalPath: string, width: number): string {
  return `${originalPath.replace(/\.[a-z0-9]+$/i, '')}-${width}.webp`;
}

/**
 * Stored path of a cover crop (always JPEG) of a stored original: "2026/11/<uuid>-16x9.jpg", or
 * "2026/11/<uuid>-16x9-f300-700.jpg" around a focal point, so a moved focal point is a new file
 * (and URL) rather than a changed one. Also maps absolute paths.
 */
export function cropFilePath(originalPath: string, ratio: ImageRatio, focal: FocalPoint | null = null): string {
  const key = focalKey(focal);
  return `${originalPath.replace(/\.[a-z0-9]+$/i, '')}-${ratio}${key ? `-${key}` : ''}.jpg`;
}

/**
 * The narrowest variant that holds a crop of this size without upscaling, or null when only the
 * original does (the variants of a wide panorama are too short). Cutting crops from a variant
 * keeps a 50 MP original from being decoded again.
 */
export function cropSourceWidth(photo: { width: number; height: number }, crop: { width: number; height: number }): number | null {
  const fits = (w: number) => w >= crop.width && Math.floor((photo.height * w) / photo.width) >= crop.height;
  return variantWidths(photo.width).find(fits) ?? null;
}

/** The srcset attribute for a stored photo: every variant with its width descriptor. */
export function mediaSrcSet(photo: { path: string; width: number }): string {
  return variantWidths(photo.width)
    .map((w) => `${mediaUrl(variantPath(photo.path, w))} ${w}w`)
    .join(', ');
}
