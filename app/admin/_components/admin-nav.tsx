'use client';

import { AdminLink } from './admin-link';
import { usePathname } from 'next/navigation';
import { signOutStaffAction } from '../login/actions';

type Props = {
  userName: string;
  roleLabel: string;
  showStaff: boolean;
  /** Further newsroom tools the user may open (sections, tags, audit log, import). */
  tools?: { href: string; label: string }[];
};

export function AdminNav({ userName, roleLabel, showStaff, tools = [] }: Props) {
  const pathname = usePathname();
  const links = [
    { href: '/admin', label: 'Tổng quan', current: pathname === '/admin' },
    { href: '/admin/articles', label: 'Bài viết', current: pathname.startsWith('/admin/articles') },
    ...(showStaff ? [{ href: '/admin/staff', label: 'Nhân sự', current: pathname.startsWith('/admin/staff') }] : []),
    ...tools.map((tool) => ({ ...tool, current: pathname.startsWith(tool.href) })),
  ];
  return (
    <>
      <nav aria-label="Quản trị" className="admin-nav">
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <AdminLink href={link.href} aria-current={link.current ? 'page' : undefined}>
                {link.label}
              </AdminLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-user">
        <span>
          {userName} <span className="admin-role">({roleLabel})</span>
        </span>
        <AdminLink href="/admin/account" aria-current={pathname.startsWith('/admin/account') ? 'page' : undefined}>
          Tài khoản của tôi
        </AdminLink>
        <form action={signOutStaffAction}>
          <button type="submit">Đăng xuất</button>
        </form>
      </div>
    </>
  );
}
