import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { PASSWORD_LENGTH_HINT } from '@/app/admin/_components/new-password-fields';
import { ROLE_LABELS } from '@/app/admin/_components/role-labels';
import { SingleFieldForm } from '@/app/admin/_components/single-field-form';
import { deviceHandle, readDeviceCookie } from '@/lib/auth/device-cookie';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { listOpenSignIns, listPendingEmailRequests } from '@/lib/data/audit-read';
import { getSessionVersion } from '@/lib/data/users';
import { requestEmailChangeAction, updateOwnNameAction } from './actions';
import { OpenSessions } from './_components/open-sessions';
import { PasswordForm } from './_components/password-form';
import { SignOutEverywhere } from './_components/sign-out-everywhere';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireCapabilityPage('account:edit');
  const passwordChanged = (await searchParams)['da-doi-mat-khau'] !== undefined;
  const pending = listPendingEmailRequests(user.id)[0];
  const device = readDeviceCookie(await headers());
  const currentDevice = device?.userId === user.id ? deviceHandle(device.deviceId) : null;
  const sessions = listOpenSignIns(user.id, getSessionVersion(user.id) ?? 0);
  return (
    <>
      <h1>Tài khoản của tôi</h1>
      <p>
        {user.email} · {ROLE_LABELS[user.role]}
      </p>
      {passwordChanged ? (
        <p className="admin-message admin-message-success" role="status">
          Đã đổi mật khẩu. Mọi phiên đăng nhập khác của bạn đã kết thúc; trình duyệt này đã đăng nhập lại bằng mật khẩu mới.
        </p>
      ) : null}
      <section aria-labelledby="tai-khoan-ten">
        <h2 id="tai-khoan-ten">Tên hiển thị</h2>
        <SingleFieldForm
          action={updateOwnNameAction}
          id="account-name"
          name="name"
          label="Tên hiển thị"
          autoComplete="name"
          initial={user.name}
          submitLabel="Lưu tên"
        />
      </section>
      <section aria-labelledby="tai-khoan-email">
        <h2 id="tai-khoan-email">Email đăng nhập</h2>
        <p>
          Email hiện tại: <strong>{user.email}</strong>. Email mới chỉ có hiệu lực khi quản trị viên duyệt yêu cầu ở mục Nhân sự.
        </p>
        {pending ? (
          <p role="note">
            Đang chờ quản trị viên duyệt: đổi sang <strong>{pending.to}</strong>. Gửi yêu cầu mới sẽ thay yêu cầu này.
          </p>
        ) : null}
        <SingleFieldForm
          action={requestEmailChangeAction}
          id="account-email"
          name="email"
          label="Email mới"
          type="email"
          autoComplete="email"
          submitLabel="Gửi yêu cầu đổi email"
        />
      </section>
      <section aria-labelledby="tai-khoan-mat-khau">
        <h2 id="tai-khoan-mat-khau">Đổi mật khẩu</h2>
        <p>Mật khẩu dài {PASSWORD_LENGTH_HINT}, được dùng chữ có dấu và khoảng trắng. Đổi mật khẩu sẽ đăng xuất mọi thiết bị khác.</p>
        <PasswordForm />
      </section>
      <section aria-labelledby="tai-khoan-phien">
        <h2 id="tai-khoan-phien">Phiên đăng nhập đang mở</h2>
        <p>
          Các lần đăng nhập chưa bị kết thúc bởi đăng xuất, đổi mật khẩu hay vô hiệu hóa. Phiên không dùng trong 12 giờ tự hết hạn, nên danh sách có thể
          còn cả phiên đã hết hạn như vậy.
        </p>
        <OpenSessions sessions={sessions} currentDevice={currentDevice} />
        <SignOutEverywhere />
      </section>
    </>
  );
}
