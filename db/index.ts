import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { env } from '@/lib/env';
import { registerSearchFunctions } from '@/lib/search/sql-functions';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a database file with the pragmas every connection of this app must have. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL fsyncs the WAL on every commit, so an acknowledged save survives power loss, not only a
  // process crash. Writes are rare here (editors, batched view counts); reads do not pay for it.
  sqlite.pragma('synchronous = FULL');
  // The search index triggers call these; without them no article could be written.
  registerSearchFunctions(sqlite);
  const database = drizzle(sqlite, { schema });
  // Several server processes write to one file (npm run start:scaled). A transaction that reads
  // and then writes must hold the write lock from its first statement: a deferred one fails with
  // SQLITE_BUSY as soon as another process commits between its read and its write (busy_timeout
  // cannot wait out a stale snapshot), and an editor's save would answer 500.
  const transaction = database.transaction.bind(database);
  database.transaction = ((run, config) => transaction(run, { behavior: 'immediate', ...config })) as typeof database.transaction;
  return database;
}

// One connection per process; the global keeps dev-mode hot reloads from opening more.
const globalForDb = globalThis as unknown as { toaSoanDb?: Db };
export const db: Db = (globalForDb.toaSoanDb ??= openDatabase(env.DATABASE_PATH));
