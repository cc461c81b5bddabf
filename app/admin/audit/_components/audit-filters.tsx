import Link from 'next/link';
import type { AuditQuery } from '../audit-query';
import { actionLabel, targetLabel } from './labels';

type Props = { query: AuditQuery; actions: string[]; actors: string[]; targetTypes: string[] };

/** A plain GET form: the filter lives in the URL, so a filtered view can be shared and reloaded. */
export function AuditFilters({ query, actions, actors, targetTypes }: Props) {
  return (
    <form role="search" aria-label="Lọc nhật ký" className="admin-audit-filters" method="get">
      <div className="admin-field">
        <label htmlFor="audit-action">Hành động</label>
        <select id="audit-action" name="hanh-dong" defaultValue={query['hanh-dong'] ?? ''}>
          <option value="">Tất cả</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action)} ({action})
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor="audit-actor">Người thực hiện</label>
        <select id="audit-actor" name="nguoi" defaultValue={query.nguoi ?? ''}>
          <option value="">Tất cả</option>
          {actors.map((email) => (
            <option key={email} value={email}>
              {email}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor="audit-from">Từ ngày</label>
        <input id="audit-from" name="tu" type="date" defaultValue={query.tu ?? ''} />
      </div>
      <div className="admin-field">
        <label htmlFor="audit-to">Đến ngày</label>
        <input id="audit-to" name="den" type="date" defaultValue={query.den ?? ''} />
      </div>
      <div className="admin-field">
        <label htmlFor="audit-target-type">Loại đối tượng</label>
        <select id="audit-target-type" name="loai" defaultValue={query.loai ?? ''}>
          <option value="">Tất cả</option>
          {targetTypes.map((type) => (
            <option key={type} value={type}>
              {targetLabel(type)}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor="audit-target-id">Mã đối tượng</label>
        <input id="audit-target-id" name="ma" type="number" min={1} inputMode="numeric" defaultValue={query.ma ?? ''} />
      </div>
      <div className="admin-inline-form">
        <button type="submit">Lọc</button>
        <Link href="/admin/audit">Bỏ lọc</Link>
      </div>
    </form>
  );
}
