// `npm run backup [DIR]`: an online copy of the database (safe while the server runs and writes),
// verified with integrity_check. Prints the copy's path. DIR defaults to `backups/` beside the database.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { env } from '@/lib/env';
import { detachFromWal, timestampedName, verifyDatabaseFile } from './sqlite-files';

async function main() {
  const source = env.DATABASE_PATH;
  if (source === ':memory:' || !fs.existsSync(source)) throw new Error(`Không có cơ sở dữ liệu ở ${source}.`);
  const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(source), 'backups'));
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, timestampedName(source, 'backup'));
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // SQLite's online backup API: copies pages in steps and restarts if a writer changes the source.
    await db.backup(target);
  } finally {
    db.close();
  }
  detachFromWal(target);
  verifyDatabaseFile(target);
  console.log(target);
}

main().catch((error: unknown) => {
  console.error(`Sao lưu thất bại: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
