import type { Sharp } from 'sharp';
import { MAX_INPUT_PIXELS } from './limits';
import sharp from './sharp';
import type { InspectedImage } from './inspect';
import type { ImageType } from './sniff';
import { UPLOAD_MESSAGES, UploadError } from './upload-error';
import { variantWidths } from './variants';

export type ProcessedImage = {
  type: ImageType;
  extension: string;
  width: number;
  height: number;
  /** The original re-encoded: orientation applied, every metadata block (EXIF, GPS, XMP, IPTC) gone. */
  original: Buffer;
  variants: { width: number; data: Buffer }[];
};

// 'error' rather than sharp's default 'warning': camera files often carry harmless libjpeg
// warnings, and the bytes are decoded and re-encoded anyway, so nothing trailing survives.
const INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;

const EXTENSION: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

function encodeOriginal(image: Sharp, type: ImageType): Sharp {
  switch (type) {
    case 'image/jpeg':
      // Baseline: progressive doubles the encode time, and readers get the WebP variants anyway.
      return image.jpeg({ quality: 88 });
    case 'image/png':
      return image.png({ compressionLevel: 6 });
    case 'image/webp':
      return image.webp({ quality: 88 });
    case 'image/avif':
      return image.avif({ quality: 60, effort: 2 });
  }
}

/** Decodes once for the variants: the largest is cut from the original, the smaller ones from it. */
async function makeVariants(bytes: Buffer, widths: number[]): Promise<ProcessedImage['variants']> {
  const largest = Math.max(...widths);
  const { data, info } = await sharp(bytes, INPUT)
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  return Promise.all(
    widths.map(async (width) => ({
      width,
      // effort 2 encodes about twice as fast as the default 4 for a few percent more bytes.
      data: await sharp(data, raw).resize({ width }).webp({ quality: 80, effort: 2 }).toBuffer(),
    })),
  );
}

/** Re-encodes an inspected upload and cuts its responsive WebP variants. */
export async function processImage(bytes: Buffer, inspected: InspectedImage): Promise<ProcessedImage> {
  const widths = variantWidths(inspected.width);
  try {
    // One decode at a time: a 50 MP photo is ~150 MB of pixels, and two in parallel pushed the
    // server past its memory budget for a few percent of speed.
    const original = await encodeOriginal(sharp(bytes, INPUT).rotate(), inspected.type).toBuffer({ resolveWithObject: true });
    const variants = await makeVariants(bytes, widths);
    return {
      type: inspected.type,
      extension: EXTENSION[inspected.type],
      width: original.info.width,
      height: original.info.height,
      original: original.data,
      variants,
    };
  } catch {
    // The header looked right but the pixels do not decode (truncated, corrupt, or over the limit).
    throw new UploadError(422, UPLOAD_MESSAGES.damaged);
  }
}
