import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './index';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db/migrations');

/** Applies pending migrations; drizzle runs them in one transaction and records each. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
