import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { can } from '@/lib/domain/capabilities';
import { getSessionUser } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/app/admin/_components/role-labels';
import { AdminNav } from './_components/admin-nav';
import './_components/admin.css';

// Newsroom tools shown in the navigation to whoever may use them.
const TOOLS = [
  { href: '/admin/fronts', label: 'Trang nhất', capability: 'front:edit' },
  { href: '/admin/events', label: 'Sự kiện', capability: 'event:manage' },
  { href: '/admin/media', label: 'Thư viện ảnh', capability: 'media:upload' },
  // Every byline's own profile; admins see every author's.
  { href: '/admin/authors', label: 'Tác giả', capability: 'account:edit' },
  { href: '/admin/sections', label: 'Chuyên mục', capability: 'section:manage' },
  { href: '/admin/tags', label: 'Thẻ', capability: 'tag:manage' },
  { href: '/admin/import', label: 'Nhập bài', capability: 'import:run' },
  { href: '/admin/audit', label: 'Nhật ký', capability: 'audit:read' },
] as const;

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
        <AdminLink href="/admin" className="admin-brand">
          Tòa soạn · Quản trị
        </AdminLink>
        {user ? (
          <AdminNav
            userName={user.name}
            roleLabel={ROLE_LABELS[user.role]}
            showStaff={can(user, 'staff:manage')}
            tools={TOOLS.filter((tool) => can(user, tool.capability)).map(({ href, label }) => ({ href, label }))}
          />
        ) : null}
      </header>
      <main id="noi-dung" tabIndex={-1} className="admin-main">
        {children}
      </main>
    </div>
  );
}
