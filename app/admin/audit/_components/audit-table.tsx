import Link from 'next/link';
import type { AuditRow } from '@/lib/data/audit-read';
import { NEWSROOM_TIME_ZONE } from '@/lib/vi/date';
import { actionLabel, targetHref, targetLabel } from './labels';

// Seconds matter in an audit trail (a burst of failed sign-ins), so not the site's short date.
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEWSROOM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function Target({ row }: { row: AuditRow }) {
  if (!row.targetType) return <>—</>;
  const label = `${targetLabel(row.targetType)}${row.targetId === null ? '' : ` #${row.targetId}`}`;
  const href = targetHref(row.targetType, row.targetId);
  return href ? <Link href={href}>{label}</Link> : <>{label}</>;
}

/** The entries, read-only: there is nothing to edit or delete here by design. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">Nhật ký hoạt động, mới nhất trước</caption>
      <thead>
        <tr>
          <th scope="col">Thời gian</th>
          <th scope="col">Người thực hiện</th>
          <th scope="col">Hành động</th>
          <th scope="col">Đối tượng</th>
          <th scope="col">Chi tiết</th>
          <th scope="col">IP</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <time dateTime={row.at}>{timeFormat.format(new Date(row.at)).replace(',', '')}</time>
            </td>
            <td>{row.actorEmail ?? 'Không rõ (chưa đăng nhập)'}</td>
            <th scope="row">
              {actionLabel(row.action)} <code>{row.action}</code>
            </th>
            <td>
              <Target row={row} />
            </td>
            <td className="admin-audit-detail">{row.detail ?? ''}</td>
            <td>{row.ip ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
