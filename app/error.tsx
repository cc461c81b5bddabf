'use client';

import Link from 'next/link';

// Shown when a page fails to render. Only the digest (a code to quote to the technical team, also
// in the server's JSON log) is displayed: never the message, which may carry SQL or file paths.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung" className="not-found">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Trang này tạm thời không hiển thị được. Vui lòng thử lại sau ít phút.</p>
      {error.digest ? <p>Mã lỗi: {error.digest}</p> : null}
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{' '}
        hoặc <Link href="/">về trang chủ</Link>.
      </p>
    </main>
  );
}
