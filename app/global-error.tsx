'use client';

// Replaces the root layout when it fails itself, so it brings its own <html> and <body>. The link
// home is a plain one for the reasons given in app/error.tsx.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body>
        <main>
          <h1>Đã có lỗi xảy ra</h1>
          <p>Tòa soạn tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.</p>
          {error.digest ? <p>Mã lỗi: {error.digest}</p> : null}
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, on purpose */}
            <a href="/">Về trang chủ</a>
          </p>
        </main>
      </body>
    </html>
  );
}
