import type { Metadata } from 'next';
import { Pagination } from '@/app/ui/pagination';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { AUDIT_PAGE_SIZE, listAuditEntries, listAuditFilterOptions } from '@/lib/data/audit-read';
import { AuditFilters } from './_components/audit-filters';
import { AuditTable } from './_components/audit-table';
import { auditPageHref, parseAuditQuery, type AuditSearchParams } from './audit-query';
import './_components/audit.css';

export const metadata: Metadata = { title: 'Nhật ký hoạt động' };

type Props = { searchParams: Promise<AuditSearchParams> };

export default async function AuditPage({ searchParams }: Props) {
  await requireCapabilityPage('audit:read');
  const { query, filter, page } = parseAuditQuery(await searchParams);
  const { items, total } = listAuditEntries(filter, page);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <h1>Nhật ký hoạt động</h1>
      <AuditFilters query={query} {...listAuditFilterOptions()} />
      <p role="status">
        {total} mục{pages > 1 ? ` · trang ${page}/${pages}` : ''}
      </p>
      {items.length > 0 ? <AuditTable rows={items} /> : <p>Không có mục nào khớp bộ lọc.</p>}
      <Pagination page={page} pageCount={pages} href={(n) => auditPageHref(query, n)} label="Phân trang nhật ký" />
    </>
  );
}
