import { AdminLink } from '@/app/admin/_components/admin-link';

export const metadata = { title: 'Không có quyền truy cập', robots: { index: false } };

export default function Forbidden() {
  return (
    <main id="noi-dung" tabIndex={-1} className="not-found">
      <h1>Không có quyền truy cập</h1>
      <p>Tài khoản của bạn không được phép mở trang này. Nếu cần quyền, hãy liên hệ quản trị viên.</p>
      <p>
        <AdminLink href="/admin">Về trang quản trị</AdminLink>
      </p>
    </main>
  );
}
