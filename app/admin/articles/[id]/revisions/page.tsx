import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { notFound } from 'next/navigation';
import { NewsTime } from '@/app/ui/news-time';
import { can } from '@/lib/domain/capabilities';
import { getEditableArticle } from '@/lib/data/articles/editable';
import { getRevisionSnapshot, listRevisions } from '@/lib/data/articles/revisions';
import { RevisionDiff } from '../../_components/revision-diff';
import { RestoreButton } from '../../_components/restore-button';
import { formatClockTime } from '@/lib/vi/time';
import { loadArticleFor } from '../load-article';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

const REASONS = {
  autosave: 'Tự lưu',
  save: 'Lưu',
  submit: 'Gửi duyệt',
  publish: 'Xuất bản',
  update: 'Cập nhật',
  restore: 'Khôi phục',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ xem?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id, user, resource } = await loadArticleFor(params, 'article:read');
  const article = getEditableArticle(id);
  if (!article) notFound();
  const revisions = listRevisions(id);
  const selectedId = Number((await searchParams).xem);
  const selected = revisions.find((r) => r.id === selectedId) ?? null;
  const snapshot = selected ? getRevisionSnapshot(id, selected.id) : null;
  const mayRestore = can(
    user,
    resource.status === 'published' ? 'article:publish' : 'article:edit',
    resource,
  );
  return (
    <>
      <h1>Lịch sử phiên bản: {article.snapshot.title || 'Bài chưa có tiêu đề'}</h1>
      <p>
        <AdminLink href={`/admin/articles/${id}`}>← Quay lại bài viết</AdminLink> · Bản hiện tại: phiên bản{' '}
        {article.version}
      </p>
      {selected && snapshot && (
        <section aria-labelledby="so-sanh">
          <h2 id="so-sanh">
            Phiên bản {selected.version} ({REASONS[selected.reason]}) so với bản hiện tại
          </h2>
          <RevisionDiff revision={snapshot} current={article.snapshot} />
          {mayRestore && resource.status === 'published' && (
            <p role="note">
              Bài đang đăng: bản khôi phục mở trong trình soạn như một bản sửa chưa cập nhật; bạn đọc chỉ thấy nó sau khi
              bấm “Cập nhật”.
            </p>
          )}
          {mayRestore && (
            <RestoreButton
              id={id}
              version={article.version}
              revisionId={selected.id}
              label={`Khôi phục phiên bản ${selected.version}`}
            />
          )}
        </section>
      )}
      <table className="admin-table">
        <caption className="visually-hidden">Các phiên bản đã lưu</caption>
        <thead>
          <tr>
            <th scope="col">Phiên bản</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Người lưu</th>
            <th scope="col">Thời điểm</th>
            <th scope="col">Thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id} aria-current={r.id === selected?.id ? 'true' : undefined}>
              <td data-label="Phiên bản">{r.version}</td>
              <td data-label="Thao tác">{REASONS[r.reason]}</td>
              <td data-label="Người lưu">{r.authorName ?? '—'}</td>
              <td data-label="Thời điểm">
                <NewsTime iso={r.createdAt} short />{' '}
                {formatClockTime(new Date(r.createdAt))}
              </td>
              <td data-label="Thay đổi">
                <AdminLink href={`/admin/articles/${id}/revisions?xem=${r.id}`}>
                  Xem thay đổi của phiên bản {r.version}
                </AdminLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
