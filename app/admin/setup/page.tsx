import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { connection } from 'next/server';
import { countUsers } from '@/lib/data/users';
import { SetupForm } from './_components/setup-form';

export const metadata: Metadata = { title: 'Khởi tạo Tòa soạn', robots: { index: false, follow: false } };

// Like Ghost: the first visitor of a site with no account creates its owner. Once any account
// exists this page only points to the login page, and createOwnerAction refuses as well.
export default async function SetupPage() {
  // Decided per request from the database, never at build time.
  await connection();
  if (countUsers() > 0) {
    return (
      <div className="admin-auth">
        <h1>Tòa soạn đã được khởi tạo</h1>
        <p>Đã có tài khoản quản trị, nên không thể tạo thêm ở đây.</p>
        <p>
          <AdminLink href="/admin/login">Đăng nhập</AdminLink>
        </p>
      </div>
    );
  }
  return (
    <div className="admin-auth">
      <h1>Khởi tạo Tòa soạn</h1>
      <p>Tạo tài khoản quản trị đầu tiên. Tài khoản này quản lý nhân sự và mọi bài viết.</p>
      <SetupForm />
    </div>
  );
}
