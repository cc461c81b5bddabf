'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionCall } from '@/app/admin/_components/use-action-call';
import type { PreviewLinkItem } from '@/lib/data/articles/preview-links';
import type { ActionResult } from '@/lib/actions/action-result';
import { formatDateTime } from '@/lib/vi/time';
import { createPreviewLinkAction, revokePreviewLinkAction } from '../_actions/preview-links';

type Props = { articleId: number; links: PreviewLinkItem[] };

const form = (fields: Record<string, number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
};

/**
 * "Liên kết xem trước" for an unpublished article: a link for a source or the legal desk that
 * shows the article and nothing else of the newsroom, for 48 hours or until revoked. The full
 * link is shown once, right after it is made; only its hash is kept.
 */
export function PreviewLinksPanel({ articleId, links }: Props) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { pending, error, run: call } = useActionCall();
  const active = links.filter((l) => l.state === 'active');

  const run = <T extends object>(action: () => Promise<ActionResult<T>>, done: (result: T) => void) =>
    call(action, (result) => {
      done(result);
      router.refresh();
    });

  return (
    <section aria-labelledby="lien-ket-xem-truoc" className="editor-preview-links">
      <h2 id="lien-ket-xem-truoc">Liên kết xem trước</h2>
      <p>
        Gửi cho nguồn tin hoặc bộ phận pháp chế để đọc bài trước khi đăng. Người có liên kết chỉ xem được bài này, không
        vào được tòa soạn; liên kết hết hạn sau 48 giờ và có thể thu hồi ngay.
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            () => createPreviewLinkAction(form({ id: articleId })),
            (result) => setCreated(`${window.location.origin}${result.path}`),
          )
        }
      >
        Tạo liên kết xem trước
      </button>
      {created && (
        <p role="status">
          <label>
            Liên kết mới (chỉ hiện lần này)
            <input readOnly value={created} onFocus={(e) => e.currentTarget.select()} />
          </label>{' '}
          <button type="button" onClick={() => navigator.clipboard?.writeText(created)}>
            Sao chép
          </button>
        </p>
      )}
      {active.length > 0 ? (
        <ul aria-label="Liên kết đang mở">
          {active.map((link) => (
            <li key={link.id}>
              Tạo lúc {formatDateTime(new Date(link.createdAt))}
              {link.createdBy ? ` bởi ${link.createdBy}` : ''}, hết hạn {formatDateTime(new Date(link.expiresAt))}.{' '}
              <button
                type="button"
                disabled={pending}
                aria-label={`Thu hồi liên kết tạo lúc ${formatDateTime(new Date(link.createdAt))}`}
                onClick={() =>
                  run(
                    () => revokePreviewLinkAction(form({ id: articleId, linkId: link.id })),
                    () => setCreated(null),
                  )
                }
              >
                Thu hồi
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Chưa có liên kết nào đang mở.</p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
