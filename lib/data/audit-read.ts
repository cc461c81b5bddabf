import 'server-only';
import { and, count, desc, eq, gte, inArray, isNull, lt, notLike, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, auditLog, users } from '@/db/schema';
import { AUDIT_ACTIONS } from '@/lib/domain/audit-actions';

// Read-only by design: this module and lib/data/audit.ts (append) are the only ones touching the
// audit log, and neither updates nor deletes. Besides the log page, two account features read it as
// their record: the sign-ins still open (listOpenSignIns) and email changes awaiting an admin.

export const AUDIT_PAGE_SIZE = 50;

/** `actor` is an email, or SYSTEM_ACTOR for work nobody signed in did (the scheduler, the command line). */
export type AuditFilter = { action?: string; actor?: string; from?: Date; to?: Date; targetType?: string; targetId?: number };
export type AuditRow = {
  id: number;
  at: string;
  actorEmail: string | null;
  /** The actor's display name today, when the account still exists. */
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: number | null;
  /** The article's headline today, for article targets that still exist. */
  targetTitle: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
};

/** The person filter's value for entries written with nobody signed in, other than sign-in attempts. */
export const SYSTEM_ACTOR = 'he-thong';

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  // Anonymous sign-in attempts are strangers at the door, not the system at work.
  if (filter.actor === SYSTEM_ACTOR) parts.push(isNull(auditLog.actorId), isNull(auditLog.actorEmail), notLike(auditLog.action, 'auth.%'));
  else if (filter.actor) parts.push(eq(auditLog.actorEmail, filter.actor));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  if (filter.targetType) parts.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId !== undefined) parts.push(eq(auditLog.targetId, filter.targetId));
  return parts.length > 0 ? and(...parts) : undefined;
}

function selectEntries(where: SQL | undefined, limit: number, offset: number): AuditRow[] {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorEmail: auditLog.actorEmail,
      actorName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetTitle: articles.title,
      detail: auditLog.detail,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(articles, and(eq(auditLog.targetType, 'article'), eq(articles.id, auditLog.targetId)))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row) => ({
      ...row,
      at: row.at.toISOString(),
      detail: row.detail !== null && typeof row.detail === 'object' && !Array.isArray(row.detail) ? (row.detail as Record<string, unknown>) : null,
    }));
}

/** One page of audit entries matching the filter, newest first. */
export function listAuditEntries(filter: AuditFilter, page: number): { items: AuditRow[]; total: number } {
  const where = conditions(filter);
  const items = selectEntries(where, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
  const [{ total } = { total: 0 }] = db.select({ total: count() }).from(auditLog).where(where).all();
  return { items, total };
}

/** The most entries one CSV export holds: a year of a busy newsroom's filtered log, not the whole table by accident. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** Entries matching the filter for a CSV export, newest first, read in batches so memory stays flat. */
export function* iterateAuditEntries(filter: AuditFilter, batch = 1000): Generator<AuditRow> {
  const where = conditions(filter);
  for (let offset = 0; offset < AUDIT_EXPORT_LIMIT; offset += batch) {
    const rows = selectEntries(where, Math.min(batch, AUDIT_EXPORT_LIMIT - offset), offset);
    yield* rows;
    if (rows.length < batch) return;
  }
}

export type OpenSignIn = { at: string; ip: string | null; agent: string; device: string | null };

/**
 * The sign-ins of a user that no sign-out, password change or deactivation has ended since: those
 * recorded with the account's current session version (a JWT has no row of its own). Newest first.
 */
export function listOpenSignIns(userId: number, sessionVersion: number, limit = 20): OpenSignIn[] {
  return db
    .select({ at: auditLog.at, ip: auditLog.ip, detail: auditLog.detail })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'auth.login'),
        eq(auditLog.actorId, userId),
        sql`json_extract(${auditLog.detail}, '$.sv') = ${sessionVersion}`,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all()
    .map(({ at, ip, detail }) => {
      const d = (detail ?? {}) as { agent?: unknown; device?: unknown };
      return { at: at.toISOString(), ip, agent: typeof d.agent === 'string' ? d.agent : '', device: typeof d.device === 'string' ? d.device : null };
    });
}

export type EmailChangeRequest = { id: number; at: string; userId: number; name: string; from: string; to: string };

/**
 * Email changes staff asked for in "Tài khoản của tôi" that no admin has settled yet: the latest
 * `account.email_request` of each active account with no `staff.email_change` or
 * `staff.email_reject` of that account after it. The audit log is their only record.
 */
export function listPendingEmailRequests(userId?: number): EmailChangeRequest[] {
  const settled = sql`exists (select 1 from audit_log s where s.target_type = 'user' and s.target_id = ${auditLog.targetId}
    and s.action in ('staff.email_change', 'staff.email_reject') and s.id > ${auditLog.id})`;
  const newer = sql`exists (select 1 from audit_log n where n.action = 'account.email_request' and n.target_id = ${auditLog.targetId} and n.id > ${auditLog.id})`;
  return db
    .select({ id: auditLog.id, at: auditLog.at, userId: users.id, name: users.name, email: users.email, detail: auditLog.detail })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.targetId))
    .where(
      and(
        eq(auditLog.action, 'account.email_request'),
        eq(auditLog.targetType, 'user'),
        eq(users.active, true),
        userId === undefined ? undefined : eq(auditLog.targetId, userId),
        sql`not ${settled}`,
        sql`not ${newer}`,
      ),
    )
    .orderBy(auditLog.id)
    .all()
    .flatMap((row) => {
      const to = (row.detail as { to?: unknown } | null)?.to;
      return typeof to === 'string' ? [{ id: row.id, at: row.at.toISOString(), userId: row.userId, name: row.name, from: row.email, to }] : [];
    });
}

/**
 * The distinct values of an indexed column, each found by one seek past the last (a loose index
 * scan): DISTINCT would read every entry of a log that only grows.
 */
function distinctValues(column: typeof auditLog.action | typeof auditLog.actorEmail | typeof auditLog.targetType): string[] {
  return db
    .all<{ value: string }>(
      sql`WITH RECURSIVE seen(value) AS (
        SELECT min(${column}) FROM ${auditLog}
        UNION ALL
        SELECT (SELECT min(${column}) FROM ${auditLog} WHERE ${column} > seen.value) FROM seen WHERE seen.value IS NOT NULL
      ) SELECT value FROM seen WHERE value IS NOT NULL`,
    )
    .map((row) => row.value);
}

/** The filter's choices: the catalogue plus anything recorded (even by an older version), actors and target kinds seen. */
export function listAuditFilterOptions(): { actions: string[]; actors: string[]; targetTypes: string[] } {
  const actions = [...new Set([...AUDIT_ACTIONS, ...distinctValues(auditLog.action)])];
  return { actions, actors: distinctValues(auditLog.actorEmail), targetTypes: distinctValues(auditLog.targetType) };
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
