import path from 'node:path';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import type { Db } from './index';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db/migrations');
const MIGRATIONS_TABLE = '__drizzle_migrations';

type Sqlite = Db['$client'];
export type MigrationReport = { applied: number; backupPath: string | null };

/** The migrations in `folder` not yet recorded in the database (drizzle's rule: newer than the last applied). */
export function pendingMigrations(sqlite: Sqlite, folder = MIGRATIONS_FOLDER): MigrationMeta[] {
  const all = readMigrationFiles({ migrationsFolder: folder });
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
  if (!table) return all;
  const last = sqlite.prepare(`SELECT created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at DESC LIMIT 1`).get() as
    | { created_at: number | string }
    | undefined;
  return last ? all.filter((m) => Number(last.created_at) < m.folderMillis) : all;
}

/** A consistent copy of a live database next to it, checked before anything relies on it. */
export function backupBeforeMigrating(sqlite: Sqlite): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${sqlite.name}.pre-migrate-${stamp}.db`;
  // VACUUM INTO is synchronous and reads one snapshot, so writers on other connections are safe.
  sqlite.prepare('VACUUM INTO ?').run(target);
  const Database = sqlite.constructor as new (file: string, options: { readonly: boolean }) => Sqlite;
  const copy = new Database(target, { readonly: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`Bản sao lưu trước khi nâng cấp bị hỏng (${String(result)}): ${target}`);
  } finally {
    copy.close();
  }
  return target;
}

/**
 * Applies pending migrations in one transaction, as drizzle's migrator records them, but safely:
 * a backup of an existing database first; foreign keys off while tables are rebuilt (drizzle-kit's
 * `PRAGMA foreign_keys=OFF` is a no-op inside a transaction, so a DROP TABLE would cascade-delete
 * child rows); and `PRAGMA foreign_key_check` before COMMIT, so a rebuild that orphans rows rolls back.
 */
export function migrateDatabase(db: Db, folder = MIGRATIONS_FOLDER): MigrationReport {
  const sqlite = db.$client;
  const pending = pendingMigrations(sqlite, folder);
  if (pending.length === 0) return { applied: 0, backupPath: null };
  const hasData = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get();
  const backupPath = hasData && !sqlite.memory ? backupBeforeMigrating(sqlite) : null;

  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true });
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
    sqlite.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
        record.run(migration.hash, migration.folderMillis);
      }
      const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (broken.length > 0) {
        const where = [...new Set(broken.map((row) => `${row.table} → ${row.parent}`))].join(', ');
        throw new Error(`Nâng cấp cơ sở dữ liệu bị huỷ: ${broken.length} dòng mất liên kết (${where}).`);
      }
    })();
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { applied: pending.length, backupPath };
}
