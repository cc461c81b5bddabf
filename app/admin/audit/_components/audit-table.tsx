import Link from 'next/link';
import type { AuditRow } from '@/lib/data/audit-read';
import { formatAuditTime } from '@/lib/vi/time';
import { actionLabel, targetHref, targetLabel } from './labels';

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
              <time dateTime={row.at}>{formatAuditTime(new Date(row.at))}</time>
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
