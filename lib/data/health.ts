import 'server-only';
import { db } from '@/db';
import { pendingMigrations } from '@/db/migrate';

export type DatabaseHealth = { ok: boolean; migrationsPending: number | null };

/** Whether the database answers a trivial query, and how many migrations it still lacks. */
export function getDatabaseHealth(): DatabaseHealth {
  try {
    db.$client.prepare('SELECT 1').get();
    return { ok: true, migrationsPending: pendingMigrations(db.$client).length };
  } catch {
    return { ok: false, migrationsPending: null };
  }
}
