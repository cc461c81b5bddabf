'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

// What this browser offers. The server answers false, so a button appears only once it works.
const useCanShare = () => useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false);
const useCanCopy = () => useSyncExternalStore(noSubscription, () => typeof navigator.clipboard?.writeText === 'function', () => false);

/** "Chia sẻ" opens the phone's share menu (Zalo, Messenger, …); "Sao chép liên kết" copies the URL. */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const canShare = useCanShare();
  const canCopy = useCanCopy();
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Đã sao chép');
    } catch {
      setStatus('Không sao chép được, hãy chép địa chỉ trên thanh trình duyệt');
    }
  }

  return (
    <>
      {canShare && (
        <button
          type="button"
          // A reader closing the menu rejects the promise: nothing to report.
          onClick={() => navigator.share({ title, url }).catch(() => {})}
        >
          Chia sẻ
        </button>
      )}
      {canCopy && (
        <button type="button" onClick={copy}>
          Sao chép liên kết
        </button>
      )}
      {/* In the page from the first paint, so screen readers hear the change when a copy succeeds. */}
      <span role="status" aria-live="polite" className="share-status">
        {status}
      </span>
    </>
  );
}
