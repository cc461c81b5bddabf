import { AdminLink } from '@/app/admin/_components/admin-link';
import { FilterSelect } from '@/app/admin/_components/choices';
import { DateField } from '@/app/admin/_components/date-time-field';
import { Field } from '@/app/admin/_components/field';
import { SYSTEM_ACTOR } from '@/lib/data/audit-read';
import { SYSTEM_ACTOR_NAME } from '../audit-describe';
import type { AuditQuery } from '../audit-query';
import { actionLabel, targetLabel } from './labels';

type Props = { query: AuditQuery; actions: string[]; actors: string[]; targetTypes: string[] };

const byVietnamese = new Intl.Collator('vi');

/** A plain GET form: the filter lives in the URL, so a filtered view can be shared and reloaded. */
export function AuditFilters({ query, actions, actors, targetTypes }: Props) {
  // Words only: the codes made the options so long the select spilled over its neighbour.
  const actionChoices = actions
    .map((action) => ({ id: action, name: actionLabel(action) }))
    .sort((a, b) => byVietnamese.compare(a.name, b.name));
  const actorChoices = [{ id: SYSTEM_ACTOR, name: `${SYSTEM_ACTOR_NAME} (tự động, dòng lệnh)` }, ...actors.map((email) => ({ id: email, name: email }))];
  const targetChoices = targetTypes.map((type) => ({ id: type, name: targetLabel(type) }));
  return (
    <form role="search" aria-label="Lọc nhật ký" className="admin-audit-filters" method="get">
      <FilterSelect
        label="Hành động"
        name="hanh-dong"
        value={query['hanh-dong']}
        choices={actionChoices}
      />
      <FilterSelect
        label="Người thực hiện"
        name="nguoi"
        value={query.nguoi}
        choices={actorChoices}
      />
      <DateField id="audit-from" label="Từ ngày" name="tu" defaultValue={query.tu ?? ''} />
      <DateField id="audit-to" label="Đến ngày" name="den" defaultValue={query.den ?? ''} />
      <FilterSelect label="Loại đối tượng" name="loai" value={query.loai} choices={targetChoices} />
      <Field
        id="audit-target-id"
        label="Mã đối tượng"
        name="ma"
        type="number"
        min={1}
        inputMode="numeric"
        defaultValue={query.ma ?? ''}
      />
      <div className="admin-inline-form">
        <button type="submit">Lọc</button>
        <AdminLink href="/admin/audit">Bỏ lọc</AdminLink>
      </div>
      <p className="admin-audit-export">
        {/* The same filter as the page, as a file: a plain link, so it works before any script. */}
        <a href={`/admin/audit/export?${exportParams(query)}`} download>
          Tải CSV (mở được bằng Excel)
        </a>
      </p>
    </form>
  );
}

function exportParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return params;
}
