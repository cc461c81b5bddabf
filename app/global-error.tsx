'use client';

import Link from 'next/link';

// Replaces the root layout when it fails itself, so it brings its own <html> and <body>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body>
        <main>
          <h1>Đã có lỗi xảy ra</h1>
          <p>Tòa soạn tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.</p>
          {error.digest ? <p>Mã lỗi: {error.digest}</p> : null}
          <p>
            <Link href="/">Về trang chủ</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
