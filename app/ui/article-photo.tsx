import type { Picture } from '@/lib/data/dto';
import { focalObjectPosition } from '@/lib/media/focal';

type Props = {
  photo: Picture;
  /** The `sizes` attribute: how wide the photo is drawn at each viewport width. */
  sizes: string;
  className?: string;
  /** The first photo a reader sees (the lead story): fetched at once and first. */
  priority?: boolean;
};

/**
 * A stored photo (front, listings, an article's body, the photo library): its WebP variants as
 * srcset, and its width and height so the browser reserves the box before the file arrives (no
 * layout shift).
 * Photos below the fold wait until the reader scrolls near them. Where a frame crops the photo
 * (cards' object-fit: cover), its focal point stays in view.
 */
export function ArticlePhoto({ photo, sizes, className, priority = false }: Props) {
  return (
    <img
      className={className}
      src={photo.src}
      srcSet={photo.srcSet}
      sizes={sizes}
      width={photo.width}
      height={photo.height}
      alt={photo.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
      style={photo.focal ? { objectPosition: focalObjectPosition(photo.focal) } : undefined}
    />
  );
}
