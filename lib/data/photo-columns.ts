import 'server-only';
import { media } from '@/db/schema';
import { focalFrom } from '@/lib/media/focal';
import { mediaUrl } from '@/lib/media/url';
import { mediaSrcSet } from '@/lib/media/variants';
import type { Picture } from './dto';

/** A photo's columns when `media` is joined for it: an article's cover, an author's portrait. */
export const photoColumns = {
  photoPath: media.path,
  photoWidth: media.width,
  photoHeight: media.height,
  photoAlt: media.alt,
  photoFocalX: media.focalX,
  photoFocalY: media.focalY,
};

export type PhotoColumns = {
  photoPath: string | null;
  photoWidth: number | null;
  photoHeight: number | null;
  photoAlt: string | null;
  photoFocalX: number | null;
  photoFocalY: number | null;
};

/** The joined photo as pages show it, or null when there is none; `fallbackAlt` stands in for an empty alt. */
export function pictureFromColumns(row: PhotoColumns, fallbackAlt: string): Picture | null {
  if (!row.photoPath || !row.photoWidth || !row.photoHeight) return null;
  return {
    src: mediaUrl(row.photoPath),
    srcSet: mediaSrcSet({ path: row.photoPath, width: row.photoWidth }),
    width: row.photoWidth,
    height: row.photoHeight,
    alt: row.photoAlt || fallbackAlt,
    focal: focalFrom(row.photoFocalX, row.photoFocalY),
  };
}
