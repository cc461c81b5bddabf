import { AdminLink } from '@/app/admin/_components/admin-link';
import type { AuditRow } from '@/lib/data/audit-read';
import { formatAuditTime } from '@/lib/vi/time';
import { describeAuditEntry, type AuditLine } from '../audit-describe';
import { targetHref } from './labels';

function Line({ line }: { line: AuditLine }) {
  if ('value' in line) return <li>{`${line.label}: ${line.value}`}</li>;
  return (
    <li>
      {line.label}: <span className="admin-audit-before">{line.before}</span>
      <span aria-label=" đổi thành "> → </span>
      <span className="admin-audit-after">{line.after}</span>
    </li>
  );
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
        {rows.map((row) => {
          const described = describeAuditEntry(row);
          const href = targetHref(row.targetType, row.targetId);
          return (
            <tr key={row.id}>
              <td data-label="Thời gian">
                <time dateTime={row.at}>{formatAuditTime(new Date(row.at))}</time>
              </td>
              <td data-label="Người thực hiện">{described.actor}</td>
              <th scope="row">
                {described.action}
                {/* The stored code, for whoever filters or greps for it; the words come first. */}
                <span className="admin-audit-code"> · {row.action}</span>
              </th>
              <td data-label="Đối tượng">{described.target === null ? '—' : href ? <AdminLink href={href}>{described.target}</AdminLink> : described.target}</td>
              <td data-label={described.lines.length > 0 ? 'Chi tiết' : undefined} className="admin-audit-detail">
                {described.lines.length > 0 ? (
                  <ul>
                    {described.lines.map((line, i) => (
                      <Line key={i} line={line} />
                    ))}
                  </ul>
                ) : null}
              </td>
              <td data-label={row.ip ? 'IP' : undefined}>{row.ip ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
