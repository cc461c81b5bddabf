import type { Metadata } from 'sharp';
import { MAX_INPUT_PIXELS } from './limits';
import sharp from './sharp';
import { containsMarkup, sniffImageType, type ImageType } from './sniff';
import { UPLOAD_MESSAGES, UploadError } from './upload-error';

export type InspectedImage = { type: ImageType; width: number; height: number };

// What sharp must report for each sniffed type; a mismatch means the magic bytes are a disguise.
const SHARP_FORMAT: Record<ImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'heif',
};

/**
 * Decides whether bytes are an image we accept, from content only: no markup anywhere it could
 * be acted on, known magic bytes, a header sharp agrees with, and an area within the pixel limit.
 * Only the header is parsed here; the full decode happens when the photo is re-encoded.
 */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  if (bytes.length === 0) throw new UploadError(400, UPLOAD_MESSAGES.empty);
  if (containsMarkup(bytes)) throw new UploadError(415, UPLOAD_MESSAGES.markup);
  const type = sniffImageType(bytes);
  if (!type) throw new UploadError(415, UPLOAD_MESSAGES.notAnImage);

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new UploadError(422, UPLOAD_MESSAGES.damaged);
  }
  const sameFormat =
    metadata.format === SHARP_FORMAT[type] && (type !== 'image/avif' || metadata.compression === 'av1');
  if (!sameFormat || !metadata.width || !metadata.height) throw new UploadError(415, UPLOAD_MESSAGES.notAnImage);
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw new UploadError(413, UPLOAD_MESSAGES.tooManyPixels);

  // EXIF orientations 5–8 turn the picture a quarter: what readers see has the sides swapped.
  const swapped = (metadata.orientation ?? 1) >= 5;
  return {
    type,
    width: swapped ? metadata.height : metadata.width,
    height: swapped ? metadata.width : metadata.height,
  };
}
