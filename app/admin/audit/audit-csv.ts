import { Readable } from 'node:stream';
import { stringify, type Options } from 'csv-stringify';
import type { AuditRow } from '@/lib/data/audit-read';
import { formatAuditTime } from '@/lib/vi/time';
import { auditLineText, describeAuditEntry } from './audit-describe';

// Excel opens a CSV as the system's code page unless it starts with a UTF-8 byte order mark, so
// without it every Vietnamese name turns to mojibake. Cells starting with = + - @ are prefixed so
// a headline or an email cannot run as a formula in the spreadsheet (CSV injection).
export const AUDIT_CSV_OPTIONS: Options = { bom: true, escape_formulas: true, record_delimiter: 'windows' };

const HEADER = ['Thời gian (giờ Việt Nam)', 'Người thực hiện', 'Hành động', 'Mã hành động', 'Đối tượng', 'Chi tiết', 'IP'];

/** One entry as a CSV record, worded as on the page. */
export function auditCsvRecord(row: AuditRow): string[] {
  const described = describeAuditEntry(row);
  return [
    formatAuditTime(new Date(row.at)),
    described.actor,
    described.action,
    row.action,
    described.target ?? '',
    described.lines.map(auditLineText).join('\n'),
    row.ip ?? '',
  ];
}

/** The entries as a CSV stream (header first), produced as they are read. */
export function auditCsvStream(rows: Iterable<AuditRow>): Readable {
  const records = Readable.from(
    (function* () {
      yield HEADER;
      for (const row of rows) yield auditCsvRecord(row);
    })(),
  );
  return records.pipe(stringify(AUDIT_CSV_OPTIONS));
}
