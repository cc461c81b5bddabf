// `npm run restore FILE`: replaces the database with a backup. Refuses while another process (the
// server) has the database open; checks FILE first; keeps a copy of the current database. Then
// tells the CDN (PURGE_WEBHOOK_URL) to drop every page it keeps: they show the database replaced.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SITE_WIDE_KEY } from '@/lib/cache/surrogate-keys.mjs';
import { env } from '@/lib/env';
import { purgeCdnTags } from '@/lib/http/purge-webhook';
import { detachFromWal, processesHolding, timestampedName, verifyDatabaseFile } from './sqlite-files';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Cách dùng: npm run restore <tệp sao lưu>');
  const source = path.resolve(file);
  const target = env.DATABASE_PATH;
  if (target === ':memory:') throw new Error('DATABASE_PATH phải là một tệp.');
  verifyDatabaseFile(source);
  const holders = processesHolding(target);
  if (holders.length > 0) throw new Error(`Cơ sở dữ liệu đang được dùng (tiến trình ${holders.join(', ')}). Dừng máy chủ trước khi khôi phục.`);

  if (fs.existsSync(target)) {
    const keep = path.join(path.dirname(target), timestampedName(target, 'before-restore'));
    const current = new Database(target, { fileMustExist: true });
    try {
      await current.backup(keep);
      // Folds the WAL into the file so no stale -wal/-shm is left for the restored copy to meet.
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
    detachFromWal(keep);
    console.log(`Đã giữ bản hiện tại: ${keep}`);
  }
  // Copy beside the target, flush, then rename: the database is either the old or the new file.
  const temporary = `${target}.restoring`;
  fs.copyFileSync(source, temporary);
  const fd = fs.openSync(temporary, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temporary, target);
  verifyDatabaseFile(target);
  console.log(`Đã khôi phục ${target} từ ${source}`);
  // The app's own caches start empty with the server; a CDN's copies outlive it.
  if (await purgeCdnTags([SITE_WIDE_KEY])) console.log('Đã báo CDN xóa mọi trang đã lưu: hãy khởi động máy chủ ngay.');
}

main().catch((error: unknown) => {
  console.error(`Khôi phục thất bại: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
