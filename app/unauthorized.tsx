import { AdminLink } from '@/app/admin/_components/admin-link';

// Nothing calls unauthorized() (signed-out visitors are sent to sign in), but with authInterrupts
// on, Next sends this boundary with every page: without this file, its English 401 page with its
// inline styles (about 0.5 KB gzip of each reader's page).
export const metadata = { title: 'Cần đăng nhập', robots: { index: false } };

export default function Unauthorized() {
  return (
    <main id="noi-dung" tabIndex={-1} className="not-found">
      <h1>Cần đăng nhập</h1>
      <p>
        <AdminLink href="/admin/login">Đăng nhập vào tòa soạn</AdminLink>
      </p>
    </main>
  );
}
