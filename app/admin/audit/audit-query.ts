import { z } from 'zod';
import type { AuditFilter } from '@/lib/data/audit-read';
import { newsroomDayRange, parseDateText } from '@/lib/vi/time';
import { parsePageNumber } from '@/lib/paging';

export type AuditSearchParams = Record<string, string | string[] | undefined>;

const text = z.string().trim().max(254).optional().catch(undefined);
// Days as the newsroom types them, dd/mm/yyyy (lib/vi/time.ts); kept as typed for the form.
const day = z.string().trim().refine((text) => parseDateText(text).ok).optional().catch(undefined);
const dayOf = (text: string | undefined) => {
  const parsed = text === undefined ? undefined : parseDateText(text);
  return parsed?.ok ? parsed.value : undefined;
};
const querySchema = z.object({
  'hanh-dong': text,
  nguoi: text,
  tu: day,
  den: day,
  loai: z.string().regex(/^[a-z_]{1,40}$/).optional().catch(undefined),
  ma: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof querySchema>;

/** The filter form's values as typed (bad ones dropped), the data-layer filter and the page. */
export function parseAuditQuery(params: AuditSearchParams): { query: AuditQuery; filter: AuditFilter; page: number } {
  const single = Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => (typeof value === 'string' && value !== '' ? [[key, value]] : [])),
  );
  const query = querySchema.parse(single);
  const { from, to } = newsroomDayRange(dayOf(query.tu), dayOf(query.den));
  const filter: AuditFilter = {
    action: query['hanh-dong'],
    actor: query.nguoi,
    from,
    to,
    targetType: query.loai,
    targetId: query.ma,
  };
  return { query, filter, page: parsePageNumber(single.trang) ?? 1 };
}

/** The same filter on another page. */
export function auditPageHref(query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  params.set('trang', String(page));
  return `/admin/audit?${params}`;
}
