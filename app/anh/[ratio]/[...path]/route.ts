import { getFocalPointByPath } from '@/lib/data/media';
import { parseFocalKey, sameFocal } from '@/lib/media/focal';
import { existingCoverCrop, storedCoverCrop } from '@/lib/media/cover-crops';
import { photoNotFound, serveStoredFile } from '@/lib/media/serve-file';
import { mediaUrl } from '@/lib/media/url';
import { cropPath, isImageRatio } from '@/lib/seo/crops';

/**
 * An article photo cropped to 16:9, 4:3 or 1:1 for search engines and link previews, around the
 * focal point its path names ("/anh/1x1/f300-700/2026/11/x.jpg") or by attention without one. The
 * crop is cut once and stored (lib/media/cover-crops.ts); only the photo's current focal point is
 * ever cut, and a URL naming an older one is sent to the current crop. The query string is never
 * read, so no variant of the URL causes work.
 */
export async function GET(request: Request, { params }: { params: Promise<{ ratio: string; path: string[] }> }) {
  const { ratio, path } = await params;
  if (!isImageRatio(ratio)) return photoNotFound();
  const focal = path[0] ? parseFocalKey(path[0]) : null;
  const stored = (focal ? path.slice(1) : path).join('/');
  const existing = await existingCoverCrop(stored, ratio, focal);
  if (existing) return serveStoredFile(request, existing, 'image/jpeg');
  const current = getFocalPointByPath(stored);
  if (current === undefined) return photoNotFound();
  if (!sameFocal(current, focal)) {
    return new Response(null, { status: 307, headers: { Location: cropPath(mediaUrl(stored), ratio, current)!, 'Cache-Control': 'no-store' } });
  }
  const crop = await storedCoverCrop(stored, ratio, focal);
  if (!crop) return photoNotFound();
  return serveStoredFile(request, crop, 'image/jpeg');
}
