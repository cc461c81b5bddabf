// Shared by `npm run backup` and `npm run restore`: checks and naming for database copies.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** `<name>-YYYY-MM-DDTHH-MM-SS-mmmZ.db`: sorts by time, safe in every file system. */
export function timestampedName(databasePath: string, label: string): string {
  const base = path.basename(databasePath).replace(/\.db$/, '');
  return `${base}-${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.db`;
}

/** Makes a fresh copy one self-contained file (rollback journal), as a backup should be. */
export function detachFromWal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Throws unless the file is a sound SQLite database with this app's schema. */
export function verifyDatabaseFile(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`Không tìm thấy tệp ${file}.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Tệp ${file} bị hỏng: integrity_check = ${String(integrity)}.`);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'users', '__drizzle_migrations')").all();
    if (tables.length !== 3) throw new Error(`Tệp ${file} không phải cơ sở dữ liệu của Tòa soạn.`);
  } finally {
    db.close();
  }
}

/** Ids of other processes holding the file open (Linux /proc); empty where /proc is absent. */
export function processesHolding(file: string): number[] {
  if (!fs.existsSync('/proc')) return [];
  const target = path.resolve(file);
  const holders: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    if (Number(pid) === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === target;
      } catch {
        return false;
      }
    });
    if (holds) holders.push(Number(pid));
  }
  return holders;
}
