// Decides what a file is from its bytes alone. The name and the declared Content-Type are the
// client's word and are never consulted.

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** AVIF is an ISO-BMFF file whose ftyp box names the avif/avis brand (major or compatible). */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 256);
  if (boxSize < 16) return false;
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands.includes('avif') || brands.includes('avis');
}

/** The image type the magic bytes announce, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (isAvif(bytes)) return 'image/avif';
  return null;
}

// Markup a browser or an XML parser would act on. Looked for near the start of the file, where
// sniffers look and where a polyglot hides it (comments, text chunks, EXIF).
// No "<?xml": cameras and editors put XMP packets (which may carry one) near the start of real
// photos, and an SVG names itself with "<svg" anyway.
const HEAD_MARKERS = ['<!doctype', '<html', '<head>', '<head ', '<body', '<script', '<svg', '<iframe', '<object', '<embed'];
// Scanned through the whole file: long enough that compressed pixels never match by chance.
const ANYWHERE_MARKERS = /<script|<!doctype html|javascript:/i;
const HEAD_BYTES = 4096;

/** True when the bytes carry HTML, SVG or script: an SVG/HTML file or an image-markup polyglot. */
export function containsMarkup(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const head = buffer.toString('latin1', 0, Math.min(bytes.length, HEAD_BYTES)).toLowerCase();
  if (HEAD_MARKERS.some((marker) => head.includes(marker))) return true;
  // latin1 maps each byte to one character, so the regex sees the bytes as they are.
  return ANYWHERE_MARKERS.test(buffer.toString('latin1'));
}
