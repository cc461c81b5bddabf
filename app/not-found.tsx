import Link from 'next/link';
import { SiteFooter } from '@/app/ui/site-footer';
import { SiteHeader } from '@/app/ui/site-header';

export const metadata = { title: 'Không tìm thấy trang', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="noi-dung" tabIndex={-1} className="not-found">
        <h1>Không tìm thấy trang</h1>
        <p>Trang bạn tìm không tồn tại hoặc đã được gỡ. Có thể đường dẫn đã bị gõ nhầm.</p>
        <p>
          <Link href="/">Về trang chủ</Link> hoặc dùng ô tìm kiếm ở đầu trang.
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
