import 'server-only';
import { db } from '@/db';
import { auditLog } from '@/db/schema';

export type AuditEntry = {
  actor: { id: number; email: string } | null;
  /** Dotted verb, e.g. `staff.create`, `auth.login`, `article.publish`. */
  action: string;
  targetType?: string;
  targetId?: number;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/** Appends one entry to the audit log; there is deliberately no update or delete. */
export function recordAudit(entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ?? null,
      ip: entry.ip ?? null,
    })
    .run();
}
