import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/domain/capabilities';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { getMedia } from '@/lib/data/media';
import { listMediaUsage } from '@/lib/data/media-usage';
import { formatShortDate } from '@/lib/vi/time';
import { STATUS_LABELS } from '../../_components/status-labels';
import { MediaDeleteForm } from '../_components/media-delete-form';
import { FocalPointForm } from '../_components/focal-point-form';
import { MediaEditForm } from '../_components/media-edit-form';
import '../_components/media.css';

export const metadata: Metadata = { title: 'Ảnh' };

const USED_AS = { cover: 'ảnh đại diện', figure: 'ảnh trong bài', autosave: 'bản nháp tự lưu chưa cập nhật' } as const;

export default async function MediaDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapabilityPage('media:upload');
  const id = Number((await params).id);
  const media = Number.isSafeInteger(id) && id > 0 ? getMedia(id) : null;
  if (!media) notFound();
  const usage = listMediaUsage(media.id);
  // Reporters edit their own uploads (lib/domain/capabilities.ts); the actions check the same.
  const editable = can(user, 'media:edit', { createdBy: media.uploadedBy });

  return (
    <>
      <p>
        <AdminLink href="/admin/media">← Thư viện ảnh</AdminLink>
      </p>
      <h1>{media.caption || media.alt || `Ảnh #${media.id}`}</h1>
      <div className="media-detail">
        <div>
          {editable ? (
            <section aria-labelledby="diem-lay-net">
              <h2 id="diem-lay-net">Điểm lấy nét</h2>
              <FocalPointForm media={media} />
            </section>
          ) : (
            <img src={media.src} srcSet={media.srcSet} sizes="(min-width: 760px) 60vw, 100vw" width={media.width} height={media.height} alt={media.alt} />
          )}
          <p>
            {media.width}×{media.height} · {media.mimeType} · {(media.bytes / 1024 / 1024).toFixed(2)} MB · tải lên{' '}
            {formatShortDate(new Date(media.createdAt))}
            {media.uploaderName ? ` bởi ${media.uploaderName}` : ''}
          </p>
        </div>
        <div>
          <section aria-labelledby="thong-tin-anh">
            <h2 id="thong-tin-anh">Thông tin ảnh</h2>
            {editable ? (
              <MediaEditForm media={media} />
            ) : (
              <dl>
                <dt>Mô tả ảnh (alt)</dt>
                <dd>{media.alt || 'Chưa có'}</dd>
                <dt>Chú thích mặc định</dt>
                <dd>{media.caption || 'Chưa có'}</dd>
                <dt>Nguồn ảnh</dt>
                <dd>{media.credit || 'Chưa có'}</dd>
              </dl>
            )}
          </section>
          <section aria-labelledby="noi-dung-anh">
            <h2 id="noi-dung-anh">Được dùng trong</h2>
            {usage.length === 0 ? (
              <p>Chưa bài nào dùng ảnh này.</p>
            ) : (
              <ul>
                {usage.map((u) => (
                  <li key={`${u.articleId}-${u.as}`}>
                    <AdminLink href={`/admin/articles/${u.articleId}`}>{u.title}</AdminLink> ({USED_AS[u.as]},{' '}
                    {STATUS_LABELS[u.status]})
                  </li>
                ))}
              </ul>
            )}
          </section>
          {can(user, 'media:delete') ? (
            <section aria-labelledby="xoa-anh">
              <h2 id="xoa-anh">Xóa ảnh</h2>
              <MediaDeleteForm mediaId={media.id} />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
