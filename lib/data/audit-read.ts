import 'server-only';
import { and, count, desc, eq, gte, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog } from '@/db/schema';
import { AUDIT_ACTIONS } from '@/lib/domain/audit-actions';

// Read-only by design: this module and lib/data/audit.ts (append) are the only ones touching the
// audit log, and neither updates nor deletes.

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; actor?: string; from?: Date; to?: Date; targetType?: string; targetId?: number };
export type AuditRow = {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: number | null;
  detail: string | null;
  ip: string | null;
};

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  if (filter.actor) parts.push(eq(auditLog.actorEmail, filter.actor));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  if (filter.targetType) parts.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId !== undefined) parts.push(eq(auditLog.targetId, filter.targetId));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** One page of audit entries matching the filter, newest first. */
export function listAuditEntries(filter: AuditFilter, page: number): { items: AuditRow[]; total: number } {
  const where = conditions(filter);
  const rows = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const [{ total } = { total: 0 }] = db.select({ total: count() }).from(auditLog).where(where).all();
  const items = rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorEmail: row.actorEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    detail: row.detail === null ? null : JSON.stringify(row.detail),
    ip: row.ip,
  }));
  return { items, total };
}

/** The filter's choices: the catalogue plus anything recorded (even by an older version), actors and target kinds seen. */
export function listAuditFilterOptions(): { actions: string[]; actors: string[]; targetTypes: string[] } {
  const recorded = db.selectDistinct({ action: auditLog.action }).from(auditLog).all().map((r) => r.action);
  const actors = db
    .selectDistinct({ email: auditLog.actorEmail })
    .from(auditLog)
    .where(isNotNull(auditLog.actorEmail))
    .all()
    .flatMap((r) => (r.email ? [r.email] : []));
  const targetTypes = db
    .selectDistinct({ type: auditLog.targetType })
    .from(auditLog)
    .where(isNotNull(auditLog.targetType))
    .all()
    .flatMap((r) => (r.type ? [r.type] : []));
  const actions = [...new Set([...AUDIT_ACTIONS, ...recorded])];
  return { actions, actors: actors.sort(), targetTypes: targetTypes.sort() };
}

/** The details of the import rows of these articles (file name, article it may repeat), oldest first. */
export function listImportAuditDetails(articleIds: number[]): { articleId: number; detail: Record<string, unknown> }[] {
  if (articleIds.length === 0) return [];
  return db
    .select({ articleId: auditLog.targetId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'import.article'), eq(auditLog.targetType, 'article'), inArray(auditLog.targetId, articleIds)))
    .orderBy(auditLog.id)
    .all()
    .flatMap((row) =>
      row.articleId !== null && row.detail && typeof row.detail === 'object'
        ? [{ articleId: row.articleId, detail: row.detail as Record<string, unknown> }]
        : [],
    );
}
