import type { Metadata } from 'next';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/role-labels';
import { listStaff } from '@/lib/data/users';
import { CreateStaffForm } from './_components/create-staff-form';
import { StaffRowActions } from './_components/staff-row-actions';

export const metadata: Metadata = { title: 'Nhân sự' };

export default async function StaffPage() {
  const user = await requireCapabilityPage('staff:manage');
  const staff = listStaff();
  return (
    <>
      <h1>Nhân sự</h1>
      <section aria-labelledby="tao-tai-khoan">
        <h2 id="tao-tai-khoan">Tạo tài khoản</h2>
        <CreateStaffForm />
      </section>
      <section aria-labelledby="danh-sach">
        <h2 id="danh-sach">Danh sách nhân sự</h2>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Họ tên</th>
              <th scope="col">Email</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{member.email}</td>
                <td>{ROLE_LABELS[member.role]}</td>
                <td>{member.active ? 'Đang hoạt động' : 'Đã vô hiệu hóa'}</td>
                <td>
                  <StaffRowActions
                    id={member.id}
                    email={member.email}
                    role={member.role}
                    active={member.active}
                    isSelf={member.id === user.id}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
