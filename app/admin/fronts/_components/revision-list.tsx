'use client';

import type { FrontRevisionItem } from '@/lib/data/fronts/store';
import { formatDateTime } from '@/lib/vi/time';
import { frontPreviewHref } from '../front-href';

type Props = {
  frontKey: string;
  revisions: FrontRevisionItem[];
  liveRevisionId: number | null;
  busy: boolean;
  onRestore: (revision: FrontRevisionItem) => void;
};

/** Published versions, newest first: who and when, a preview, and restoring one into the draft. */
export function RevisionList({ frontKey, revisions, liveRevisionId, busy, onRestore }: Props) {
  return (
    <section aria-labelledby="phien-ban" className="front-revisions">
      <h2 id="phien-ban">Các phiên bản đã xuất bản</h2>
      {revisions.length === 0 ? (
        <p>Chưa xuất bản lần nào: độc giả đang thấy bố cục mặc định.</p>
      ) : (
        <ol>
          {revisions.map((revision) => {
            const label = `phiên bản #${revision.id} (${formatDateTime(new Date(revision.publishedAt))})`;
            return (
              <li key={revision.id}>
                <span>
                  Phiên bản #{revision.id}: {formatDateTime(new Date(revision.publishedAt))}, {revision.publishedBy ?? 'không rõ'}
                  {revision.restoredFrom ? `, khôi phục từ #${revision.restoredFrom}` : ''}
                  {revision.id === liveRevisionId ? <strong> · đang hiện cho độc giả</strong> : null}
                </span>{' '}
                <a href={frontPreviewHref(frontKey, { revisionId: revision.id })} target="_blank" rel="noopener" aria-label={`Xem ${label}`}>
                  Xem
                </a>{' '}
                <button type="button" disabled={busy} onClick={() => onRestore(revision)} aria-label={`Khôi phục vào bản nháp ${label}`}>
                  Khôi phục vào bản nháp
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
