// The newsroom of the bench corpus: staff accounts (the bench admin signs in with one), who wrote
// each article and when it was last edited, the desk's current work among the newest articles
// (drafts, the review queue, pieces scheduled for the coming days, imports waiting for a
// headline), abandoned drafts in the archive, and an audit row per publication. Run once on a
// corpus, fresh or built before the newsroom existed; writes go through the real triggers.
import type Database from 'better-sqlite3';
import { hashPassword } from '@/lib/auth/password';
import { registerSearchFunctions } from '@/lib/search/sql-functions';
import { personName, random } from './corpus-text';

/** The corpus's admin account, which the admin pages' bench signs in with over HTTP. */
export const BENCH_ADMIN = { email: 'bench-admin@toasoan.test', password: 'bench-admin-mat-khau-2026' } as const;
const STAFF = { managing_editor: 2, editor: 8, reporter: 40 } as const;
/** The newest articles are the desk's working days (about ten at 300 a day). */
const DESK_WINDOW = 3_000;

export function hasNewsroom(sqlite: Database.Database): boolean {
  return sqlite.prepare('SELECT 1 FROM users WHERE email = ?').get(BENCH_ADMIN.email) !== undefined;
}

/** Inserts the accounts; returns the writers' ids, which are consecutive. */
function insertStaff(sqlite: Database.Database, rand: () => number, adminHash: string): { first: number; count: number } {
  const insert = sqlite.prepare('INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)');
  insert.run(BENCH_ADMIN.email, 'Quản trị bench', 'admin', adminHash);
  const ids: number[] = [];
  for (const [role, count] of Object.entries(STAFF)) {
    for (let i = 0; i < count; i++) ids.push(Number(insert.run(`${role}-${i}@toasoan.test`, personName(rand), role, null).lastInsertRowid));
  }
  return { first: ids[0]!, count: ids.length };
}

/** Staffs the corpus; see the file's comment. */
export async function staffNewsroom(sqlite: Database.Database): Promise<void> {
  const started = performance.now();
  const rand = random(20260101);
  registerSearchFunctions(sqlite);
  const adminHash = await hashPassword(BENCH_ADMIN.password);
  const now = Date.now();
  sqlite.transaction(() => {
    const writers = insertStaff(sqlite, rand, adminHash);
    // Spread over every account but the bench admin, deterministically; edited within a day of publication.
    sqlite
      .prepare(
        `UPDATE articles SET
           created_by = ? + (id * 7919) % ?,
           created_at = published_at - (id * 104729) % 21600000,
           updated_at = min(?, published_at + (id * 15485863) % 86400000)`,
      )
      .run(writers.first, writers.count, now);
    // Abandoned drafts were never published.
    sqlite.prepare("UPDATE articles SET published_at = NULL WHERE status = 'draft'").run();
    const newest = sqlite
      .prepare("SELECT id FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT ?")
      .all(DESK_WINDOW) as { id: number }[];
    const toDesk = sqlite.prepare('UPDATE articles SET status = ?, published_at = ?, scheduled_at = ?, needs_headline = ? WHERE id = ?');
    for (const { id } of newest) {
      const roll = rand();
      if (roll < 0.78) continue;
      if (roll < 0.86) toDesk.run('draft', null, null, 0, id);
      else if (roll < 0.9) toDesk.run('draft', null, null, 1, id);
      else if (roll < 0.97) toDesk.run('review', null, null, 0, id);
      else {
        const at = Math.round(now + rand() * 3 * 86_400_000);
        toDesk.run('scheduled', at, at, 0, id);
      }
    }
    sqlite
      .prepare(
        `INSERT INTO audit_log (created_at, actor_id, actor_email, action, target_type, target_id)
         SELECT a.published_at, a.created_by, u.email, 'article.publish', 'article', a.id
         FROM articles a JOIN users u ON u.id = a.created_by WHERE a.status IN ('published', 'unpublished') ORDER BY a.published_at`,
      )
      .run();
  })();
  console.log(`Newsroom staffed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
