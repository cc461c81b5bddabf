'use client';

import type { ReactNode } from 'react';

/**
 * What a reader sees when a page fails to render. Only the digest (a code to quote to the
 * technical team, also in the server's JSON log) is shown: never the message, which may carry SQL
 * or file paths. The link home is a plain one: a full load leaves the failed state behind, and
 * every reader's page would otherwise download next/link's code again in this boundary's chunk.
 */
export function ErrorContent({ digest, reset, children }: { digest: string | undefined; reset: () => void; children?: ReactNode }) {
  return (
    <div className="not-found">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Trang này tạm thời không hiển thị được. Vui lòng thử lại sau ít phút.</p>
      {digest ? <p>Mã lỗi: {digest}</p> : null}
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{' '}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, on purpose (above) */}
        hoặc <a href="/">về trang chủ</a>.
      </p>
      {children}
    </div>
  );
}
