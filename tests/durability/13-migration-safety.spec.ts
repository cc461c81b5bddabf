import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { report } from '../security/cases';
import { E2E_DATABASE_PATH } from '../../e2e/helpers/env';

// A drizzle-kit style table rebuild of `articles` (PRAGMA foreign_keys=OFF … INSERT SELECT … DROP
// … RENAME) applied to a copy of the seeded, exercised e2e database: db/migrate.ts must keep every
// child row, take a verified backup first, and roll back a migration that orphans rows.

const TEMPORARY: string[] = [];
const CHILDREN = ['article_bylines', 'article_tags', 'article_revisions', 'article_autosaves', 'article_corrections', 'article_views', 'slug_redirects'];

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(['articles', ...CHILDREN].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** The migrations folder plus one extra migration, as drizzle-kit lays them out. */
function folderWith(tag: string, statements: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-migrations-'));
  TEMPORARY.push(dir);
  fs.cpSync(path.resolve('db/migrations'), dir, { recursive: true });
  const journalFile = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[] };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: Date.now(), tag, breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  return dir;
}

function rebuildStatements(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const table = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get() as { sql: string }).sql;
    const indexes = (db.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'articles' AND type = 'index' AND sql IS NOT NULL").all() as { sql: string }[]).map((r) => r.sql);
    const columns = (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => `\`${c.name}\``).join(', ');
    // Views and triggers (the search index's) name articles or each other: they are dropped and
    // recreated around the rename, as a hand-checked drizzle-kit migration would have to, because
    // SQLite refuses to rename a table that a view's or trigger's text still names.
    const views = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'view'").all() as { name: string; sql: string }[];
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    return [
      'PRAGMA foreign_keys=OFF;',
      ...triggers.map((t) => `DROP TRIGGER \`${t.name}\`;`),
      ...views.map((v) => `DROP VIEW \`${v.name}\`;`),
      `${table.replace(/CREATE TABLE [`"]?articles[`"]?/, 'CREATE TABLE `__new_articles`')};`,
      `INSERT INTO \`__new_articles\`(${columns}) SELECT ${columns} FROM \`articles\`;`,
      'DROP TABLE `articles`;',
      'ALTER TABLE `__new_articles` RENAME TO `articles`;',
      'PRAGMA foreign_keys=ON;',
      ...indexes.map((sql) => `${sql};`),
      ...views.map((v) => `${v.sql};`),
      ...triggers.map((t) => `${t.sql};`),
    ];
  } finally {
    db.close();
  }
}

function migrateCopy(folder: string, plain = false): { copy: string; result: { applied?: number | string; backupPath?: string | null; error?: string } } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-migrate-'));
  TEMPORARY.push(dir);
  const copy = path.join(dir, 'copy.db');
  const source = new Database(E2E_DATABASE_PATH, { readonly: true });
  source.prepare('VACUUM INTO ?').run(copy);
  source.close();
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'tests/durability/migration-rehearsal.ts', folder, ...(plain ? ['--plain'] : [])], {
    env: { ...process.env, DATABASE_PATH: copy },
    encoding: 'utf8',
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
  return { copy, result: JSON.parse(line) as { applied?: number; backupPath?: string | null; error?: string } };
}

test('13 migration safety: table rebuild keeps child rows; backup first; orphaning rolled back', async ({}, info) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  const before = counts(E2E_DATABASE_PATH);
  expect(before.articles).toBeGreaterThan(0);

  const rebuild = folderWith('0099_rebuild_articles', rebuildStatements(E2E_DATABASE_PATH));
  const safe = migrateCopy(rebuild);
  const after = counts(safe.copy);
  for (const table of Object.keys(before)) if (after[table] !== before[table]) failures.push(`${table}: ${before[table]} → ${after[table]}`);
  if (safe.result.applied !== 1) failures.push(`migration not applied: ${JSON.stringify(safe.result)}`);
  const backup = safe.result.backupPath;
  if (!backup || !fs.existsSync(backup)) failures.push('no backup before migrating');
  else {
    const copy = new Database(backup, { readonly: true });
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') failures.push('backup failed integrity_check');
    copy.close();
    if (JSON.stringify(counts(backup)) !== JSON.stringify(before)) failures.push('backup does not hold the pre-migration rows');
  }

  // The same rebuild through drizzle's plain migrator, for the record: what the guard prevents.
  const plain = migrateCopy(rebuild, true);
  const plainAfter = counts(plain.copy);
  const lostByPlain = CHILDREN.reduce((sum, t) => sum + (before[t]! - plainAfter[t]!), 0);

  // A migration that leaves children pointing at nothing must be rolled back whole.
  const orphaning = folderWith('0099_orphan', ['DELETE FROM `articles` WHERE `id` IN (SELECT `article_id` FROM `article_bylines` LIMIT 1);']);
  const refused = migrateCopy(orphaning);
  if (!refused.result.error) failures.push(`orphaning migration was applied: ${JSON.stringify(refused.result)}`);
  if (JSON.stringify(counts(refused.copy)) !== JSON.stringify(before)) failures.push('orphaning migration left changes behind');

  report(info, { tried: 3, passed: 3 - (failures.length ? 1 : 0) }, { 'child rows kept': CHILDREN.reduce((s, t) => s + after[t]!, 0), 'lost by plain drizzle migrator': lostByPlain, backup: backup ? path.basename(backup) : 'none' });
  for (const dir of TEMPORARY) fs.rmSync(dir, { recursive: true, force: true });
  expect(failures).toEqual([]);
});
