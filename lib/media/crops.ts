import { focalKey, type FocalPoint } from './focal';

// An article's photo cropped to the ratios Google shows (16:9, 4:3, 1:1): cut by cover-crops.ts,
// served by app/anh, listed in the article's structured data by lib/seo.

/** The aspect ratios Google asks for in article images. */
export const IMAGE_RATIOS = [
  { name: '16x9', width: 1200, height: 675 },
  { name: '4x3', width: 1200, height: 900 },
  { name: '1x1', width: 1200, height: 1200 },
] as const;
export type ImageRatio = (typeof IMAGE_RATIOS)[number]['name'];

const MAX_CROP_WIDTH = 1200;

/** The largest crop of a photo at a ratio, never wider than 1,200 px and never upscaled. */
export function cropSize(width: number, height: number, ratio: ImageRatio): { width: number; height: number } {
  const spec = IMAGE_RATIOS.find((r) => r.name === ratio)!;
  const aspect = spec.width / spec.height;
  const cropWidth = Math.floor(Math.min(MAX_CROP_WIDTH, width, height * aspect));
  return { width: cropWidth, height: Math.round(cropWidth / aspect) };
}

export function isImageRatio(value: string): value is ImageRatio {
  return IMAGE_RATIOS.some((r) => r.name === value);
}

/** "/media/2026/11/x.jpg" → "/anh/16x9/2026/11/x.jpg", or "/anh/16x9/f300-700/2026/11/x.jpg" around a focal point. */
export function cropPath(mediaSrc: string, ratio: ImageRatio, focal: FocalPoint | null = null): string | null {
  const key = focalKey(focal);
  return mediaSrc.startsWith('/media/') ? `/anh/${ratio}/${key ? `${key}/` : ''}${mediaSrc.slice('/media/'.length)}` : null;
}
