import { getFocalPointByPath } from '@/lib/data/media';
import { type FocalPoint, parseFocalKey, sameFocal } from '@/lib/media/focal';
import { existingCoverCrop, removeOtherCoverCrops, storedCoverCrop } from '@/lib/media/cover-crops';
import { photoNotFound, serveStoredFile } from '@/lib/media/serve-file';
import { mediaUrl } from '@/lib/media/url';
import { cropPath, isImageRatio, type ImageRatio } from '@/lib/media/crops';

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
  if (!sameFocal(current, focal)) return toCurrentCrop(stored, ratio, current);
  const crop = await storedCoverCrop(stored, ratio, focal);
  if (!crop) return photoNotFound();
  // The focal point may have moved while this crop was cut, after the move removed the old crops:
  // a crop of a point that is no longer current is never left on disk.
  const now = getFocalPointByPath(stored);
  if (now !== undefined && !sameFocal(now, focal)) {
    await removeOtherCoverCrops(stored, now);
    return toCurrentCrop(stored, ratio, now);
  }
  return serveStoredFile(request, crop, 'image/jpeg');
}

function toCurrentCrop(stored: string, ratio: ImageRatio, current: FocalPoint | null) {
  return new Response(null, { status: 307, headers: { Location: cropPath(mediaUrl(stored), ratio, current)!, 'Cache-Control': 'no-store' } });
}
