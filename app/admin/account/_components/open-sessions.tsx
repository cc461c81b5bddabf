import type { OpenSignIn } from '@/lib/data/audit-read';
import { describeUserAgent } from '@/lib/http/user-agent';
import { formatAuditTime } from '@/lib/vi/time';

/** The sign-ins no sign-out has ended, this browser's marked. */
export function OpenSessions({ sessions, currentDevice }: { sessions: OpenSignIn[]; currentDevice: string | null }) {
  if (sessions.length === 0) return <p>Không có phiên nào khác được ghi nhận.</p>;
  return (
    <table className="admin-table">
      <caption className="visually-hidden">Phiên đăng nhập đang mở, mới nhất trước</caption>
      <thead>
        <tr>
          <th scope="col">Thiết bị</th>
          <th scope="col">Đăng nhập lúc</th>
          <th scope="col">Địa chỉ IP</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session, i) => (
          <tr key={`${session.at}-${i}`}>
            <th scope="row">
              {describeUserAgent(session.agent)}
              {currentDevice !== null && session.device === currentDevice ? ' (thiết bị này)' : ''}
            </th>
            <td data-label="Đăng nhập lúc">
              <time dateTime={session.at}>{formatAuditTime(new Date(session.at))}</time>
            </td>
            <td data-label={session.ip ? 'Địa chỉ IP' : undefined}>{session.ip ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
