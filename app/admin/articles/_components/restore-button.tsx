'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { OFFLINE_MESSAGE } from '@/app/admin/_components/use-action-call';
import { restoreRevisionAction } from '../_actions/restore-revision';

/** Restores a revision (a live article's into its working copy), then opens the editor on it. */
export function RestoreButton({
  id,
  version,
  revisionId,
  label,
}: {
  id: number;
  version: number;
  revisionId: number;
  label: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  async function restore() {
    setBusy(true);
    try {
      const result = await restoreRevisionAction({ id, version, revisionId });
      if (result.ok) {
        router.push(`/admin/articles/${id}`);
        router.refresh();
        return;
      }
      setMessage(
        result.error === 'conflict'
          ? 'Bài vừa được lưu ở nơi khác; tải lại trang để xem bản mới nhất rồi thử lại.'
          : result.message,
      );
    } catch {
      setMessage(OFFLINE_MESSAGE);
    }
    setBusy(false);
  }
  return (
    <p>
      <button type="button" onClick={restore} disabled={busy}>
        {label}
      </button>
      {message && <span role="alert"> {message}</span>}
    </p>
  );
}
