import { Readable } from 'node:stream';
import { AuthorizationError, requireCapability } from '@/lib/auth/guard';
import { iterateAuditEntries } from '@/lib/data/audit-read';
import { instantToVietnamLocal } from '@/lib/vi/time';
import { auditCsvStream } from '../audit-csv';
import { parseAuditQuery } from '../audit-query';

// GET /admin/audit/export?<the page's filter>: the filtered log as a CSV file for Excel (UTF-8 with
// BOM), newest first, up to AUDIT_EXPORT_LIMIT entries. Admins only, checked here: the proxy is not
// the boundary.

export async function GET(request: Request): Promise<Response> {
  try {
    await requireCapability('audit:read');
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return new Response(error.message, { status: error.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
    throw error;
  }
  const { filter } = parseAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  const stamp = instantToVietnamLocal(new Date()).replace(/[:T]/g, '-');
  const body = Readable.toWeb(auditCsvStream(iterateAuditEntries(filter))) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
