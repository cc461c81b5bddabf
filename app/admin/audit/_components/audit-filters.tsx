import Link from 'next/link';
import { FilterSelect } from '@/app/admin/_components/choices';
import { DateField } from '@/app/admin/_components/date-time-field';
import { Field } from '@/app/admin/_components/field';
import type { AuditQuery } from '../audit-query';
import { actionLabel, targetLabel } from './labels';

type Props = { query: AuditQuery; actions: string[]; actors: string[]; targetTypes: string[] };

/** A plain GET form: the filter lives in the URL, so a filtered view can be shared and reloaded. */
export function AuditFilters({ query, actions, actors, targetTypes }: Props) {
  const actionChoices = actions.map((action) => ({
    id: action,
    name: `${actionLabel(action)} (${action})`,
  }));
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
        choices={actors.map((email) => ({ id: email, name: email }))}
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
        <Link href="/admin/audit">Bỏ lọc</Link>
      </div>
    </form>
  );
}
