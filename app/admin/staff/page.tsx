import type { Metadata } from 'next';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/app/admin/_components/role-labels';
import { listPendingEmailRequests } from '@/lib/data/audit-read';
import { listAccountLocks } from '@/lib/data/login-throttles';
import { listStaffPage, STAFF_PAGE_SIZE } from '@/lib/data/users';
import { parsePageNumber } from '@/lib/paging';
import { newsroomClock } from '@/lib/vi/time';
import { Pagination } from '@/app/ui/pagination';
import { CreateStaffForm } from './_components/create-staff-form';
import { EmailRequestActions } from './_components/email-request-actions';
import { StaffRowActions } from './_components/staff-row-actions';

export const metadata: Metadata = { title: 'Nhân sự' };

/** " · Đang bị khóa đến 17:05" (newsroom time; an account lock lasts at most a quarter of an hour). */
function lockNote(until: Date | undefined): string | null {
  if (!until) return null;
  const clock = newsroomClock(until);
  return ` · Đang bị khóa đến ${clock.hour}:${clock.minute}`;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const user = await requireCapabilityPage('staff:manage');
  const params = await searchParams;
  const query = typeof params.q === 'string' ? params.q.slice(0, 80) : '';
  const page = parsePageNumber(typeof params.trang === 'string' ? params.trang : undefined) ?? 1;
  const { items: staff, total } = listStaffPage(query, page);
  const href = (n: number) => `/admin/staff?${new URLSearchParams({ ...(query ? { q: query } : {}), trang: String(n) })}`;
  const locks = listAccountLocks();
  const emailRequests = listPendingEmailRequests();
  return (
    <>
      <h1>Nhân sự</h1>
      {emailRequests.length > 0 ? (
        <section aria-labelledby="yeu-cau-email">
          <h2 id="yeu-cau-email">Yêu cầu đổi email chờ duyệt</h2>
          <ul className="admin-staff-list">
            {emailRequests.map((request) => (
              <li key={request.id}>
                <p>
                  <strong>{request.name}</strong>: {request.from} → {request.to}
                </p>
                <EmailRequestActions requestId={request.id} name={request.name} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="tao-tai-khoan">
        <h2 id="tao-tai-khoan">Tạo tài khoản</h2>
        <CreateStaffForm />
      </section>
      <section aria-labelledby="danh-sach">
        <h2 id="danh-sach">Danh sách nhân sự</h2>
        <form role="search" aria-label="Tìm nhân sự" className="admin-inline-form">
          <label htmlFor="staff-query">Tìm theo tên hoặc email</label>
          <input id="staff-query" name="q" type="search" defaultValue={query} />
          <button type="submit">Tìm</button>
        </form>
        <p role="status">{query ? `${total} tài khoản khớp “${query}”.` : `${total} tài khoản.`}</p>
        <ul className="admin-staff-list">
          {staff.map((member) => (
            <li key={member.id} aria-labelledby={`nhan-su-${member.id}`}>
              <h3 id={`nhan-su-${member.id}`}>{member.name}</h3>
              <p>
                {member.email} · {ROLE_LABELS[member.role]} · {member.active ? 'Đang hoạt động' : 'Đã vô hiệu hóa'}
                {lockNote(locks.get(member.email))}
              </p>
              <StaffRowActions
                id={member.id}
                email={member.email}
                role={member.role}
                active={member.active}
                locked={locks.has(member.email)}
                isSelf={member.id === user.id}
              />
            </li>
          ))}
        </ul>
        <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE))} href={href} label="Phân trang nhân sự" />
      </section>
    </>
  );
}
