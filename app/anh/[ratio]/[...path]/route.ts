import { storedCoverCrop } from '@/lib/media/cover-crops';
import { photoNotFound, serveStoredFile } from '@/lib/media/serve-file';
import { isImageRatio } from '@/lib/seo/crops';

/**
 * An article photo cropped to 16:9, 4:3 or 1:1 for search engines and link previews. The crop is
 * cut once and stored (lib/media/cover-crops.ts); the query string is never read, so no variant
 * of the URL causes work.
 */
export async function GET(request: Request, { params }: { params: Promise<{ ratio: string; path: string[] }> }) {
  const { ratio, path } = await params;
  if (!isImageRatio(ratio)) return photoNotFound();
  const crop = await storedCoverCrop(path.join('/'), ratio);
  if (!crop) return photoNotFound();
  return serveStoredFile(request, crop, 'image/jpeg');
}
