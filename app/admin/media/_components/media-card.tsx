import { AdminLink } from '@/app/admin/_components/admin-link';
import { ArticlePhoto } from '@/app/ui/article-photo';
import type { MediaItem } from '@/lib/data/dto';
import { formatShortDate } from '@/lib/vi/time';

/** One photo of the library grid, linking to its page (details, where used, edit, delete). */
export function MediaCard({ media }: { media: MediaItem }) {
  return (
    <figure className="media-card">
      <ArticlePhoto photo={media} sizes="(min-width: 760px) 16rem, 50vw" />
      <figcaption>
        <AdminLink href={`/admin/media/${media.id}`}>{media.caption || media.alt || `Ảnh #${media.id}`}</AdminLink>
        {media.credit ? <span>{media.credit}</span> : null}
        {media.alt ? null : <span className="media-missing-alt">Chưa có mô tả ảnh (alt)</span>}
        <span>
          {media.width}×{media.height} · {formatShortDate(new Date(media.createdAt))}
        </span>
      </figcaption>
    </figure>
  );
}
