import fs from 'node:fs/promises';
import sharp from 'sharp';
import { env } from '@/lib/env';
import { resolveStoredPath } from '@/lib/media/stored-path';
import { cropSize, isImageRatio } from '@/lib/seo/crops';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Không tìm thấy ảnh', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * A cover photo cropped to 16:9, 4:3 or 1:1 for search engines and link previews. Stored photos
 * never change (their names are random), so the crop is cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; path: string[] }> }) {
  const { ratio, path } = await params;
  const file = isImageRatio(ratio) ? resolveStoredPath(env.MEDIA_DIR, path.join('/')) : null;
  if (!file || !isImageRatio(ratio)) return notFound();
  const input = await fs.readFile(file).catch(() => null);
  if (!input) return notFound();
  const image = sharp(input, { limitInputPixels: 100_000_000 }).rotate();
  const meta = await image.metadata();
  if (!meta.width || !meta.height) return notFound();
  // EXIF orientations 5–8 turn the photo a quarter: its upright size is the other way round.
  const upright = (meta.orientation ?? 1) >= 5;
  const size = upright ? cropSize(meta.height, meta.width, ratio) : cropSize(meta.width, meta.height, ratio);
  const output = await image.resize(size.width, size.height, { fit: 'cover', position: sharp.strategy.attention }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  return new Response(new Uint8Array(output), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
