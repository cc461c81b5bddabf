import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/capabilities';
import { getSessionUser } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/role-labels';
import { AdminNav } from './_components/admin-nav';
import './_components/admin.css';

export const metadata: Metadata = {
  title: { default: 'Quản trị', template: '%s | Quản trị Tòa soạn' },
  robots: { index: false, follow: false },
};

// The shell only decides what to show; each page below calls its own guard.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <div className="admin">
      <a className="skip-link" href="#noi-dung">
        Bỏ qua đến nội dung
      </a>
      <header className="admin-header">
        <Link href="/admin" className="admin-brand">
          Tòa soạn · Quản trị
        </Link>
        {user ? (
          <AdminNav userName={user.name} roleLabel={ROLE_LABELS[user.role]} showStaff={can(user, 'staff:manage')} />
        ) : null}
      </header>
      <main id="noi-dung" tabIndex={-1} className="admin-main">
        {children}
      </main>
    </div>
  );
}
