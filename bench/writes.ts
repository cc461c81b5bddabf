// npm run bench:writes: the write ceiling of the one-host design (docs/decisions/0012-beyond-one-host.md)
// on a copy of the bench corpus: editors' saves per second through the data layer (a version-checked
// update of a live article: its revision, search index and cache scope, fsynced), from 1 and 2
// processes at once; the smallest write the app makes (one view-count upsert per transaction); the
// database's size; and the standby drill: `npm run backup` of it, then `npm run restore` on an
// empty "second host" folder, timed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ensureCorpus } from './corpus';

const SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 8);
const scratch = path.join(process.cwd(), 'bench/.work/writes');
const database = path.join(scratch, 'primary/toasoan.db');

type Kind = 'save' | 'view';
// CPU time per write as well as writes per second: on a shared, loaded machine the rate measures
// the queue for the cores, the CPU time what one write costs.
type ChildResult = { writes: number; conflicts: number; seconds: number; cpuMs: number };

/** In a child process: writes of one kind as fast as it can for SECONDS; prints what it did. */
async function child(kind: Kind, slot: number, slots: number) {
  const { db } = await import('@/db');
  const { articles, users } = await import('@/db/schema');
  const { saveArticle } = await import('@/lib/data/articles/save');
  const { getEditableArticle } = await import('@/lib/data/articles/editable');
  const { addViewCounts } = await import('@/lib/data/views');
  const { and, eq, sql } = await import('drizzle-orm');
  const userId = db.select({ id: users.id }).from(users).where(eq(users.role, 'editor')).limit(1).get()!.id;
  // Each process edits its own articles, as editors do: a conflict would be a real one.
  const ids = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), sql`${articles.id} % ${slots} = ${slot}`))
    .limit(5_000)
    .all()
    .map((row) => row.id);
  const hour = Math.floor(Date.now() / 3_600_000);
  let writes = 0;
  let conflicts = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const until = started + SECONDS * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const id = ids[i % ids.length]!;
    if (kind === 'view') {
      addViewCounts([{ articleId: id, hour, views: 1 }]);
      writes++;
      continue;
    }
    const article = getEditableArticle(id)!;
    const snapshot = { ...article.snapshot, lead: `${article.snapshot.lead.replace(/ \(\d+\)$/, '')} (${i})` };
    const outcome = saveArticle({ id, baseVersion: article.version, snapshot, intent: 'update', userId });
    if (outcome.ok) writes++;
    else conflicts++;
  }
  const used = process.cpuUsage(cpu);
  const result: ChildResult = { writes, conflicts, seconds: (performance.now() - started) / 1000, cpuMs: (used.user + used.system) / 1000 };
  console.log(JSON.stringify(result));
}

function runChildren(kind: Kind, processes: number): Promise<{ perSecond: number; conflicts: number; cpuMsPerWrite: number }> {
  const children = Array.from({ length: processes }, (_, slot) =>
    new Promise<ChildResult>((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', process.argv[1]!, '--child', kind, String(slot), String(processes)], {
        env: { ...process.env, DATABASE_PATH: database },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      proc.stdout.on('data', (chunk) => (out += chunk));
      proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult) : reject(new Error(`writer exited ${code}`))));
    }),
  );
  return Promise.all(children).then((results) => ({
    perSecond: results.reduce((sum, r) => sum + r.writes / r.seconds, 0),
    conflicts: results.reduce((sum, r) => sum + r.conflicts, 0),
    cpuMsPerWrite: results.reduce((sum, r) => sum + r.cpuMs, 0) / Math.max(1, results.reduce((sum, r) => sum + r.writes, 0)),
  }));
}

function timed(command: string, args: string[], env: Record<string, string>): { seconds: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
}

async function main() {
  const corpus = await ensureCorpus();
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(database), { recursive: true });
  await new Database(corpus, { readonly: true }).backup(database);
  // The corpus may predate the newest migrations; the copy gets them, as npm start would.
  process.env.DATABASE_PATH = database;
  const { openDatabase } = await import('@/db');
  const { migrateDatabase } = await import('@/db/migrate');
  const primary = openDatabase(database);
  migrateDatabase(primary);
  primary.$client.close();
  for (const file of fs.readdirSync(path.dirname(database))) if (file.includes('.pre-migrate-')) fs.rmSync(path.join(path.dirname(database), file));
  const articles = (new Database(database, { readonly: true }).prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

  const lines: string[] = [];
  const say = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  say(`corpus: ${articles} articles, ${(fs.statSync(database).size / 1e6).toFixed(0)} MB`);
  for (const processes of [1, 2]) {
    const saves = await runChildren('save', processes);
    say(`article saves (update of a live article), ${processes} process(es): ${saves.perSecond.toFixed(1)}/s, ${saves.cpuMsPerWrite.toFixed(1)} ms CPU each, ${saves.conflicts} conflicts`);
  }
  for (const processes of [1, 2]) {
    const views = await runChildren('view', processes);
    say(`view-count upserts, one per transaction, ${processes} process(es): ${views.perSecond.toFixed(0)}/s, ${views.cpuMsPerWrite.toFixed(2)} ms CPU each`);
  }

  // The standby drill: what a second host does with the primary's latest backup.
  const npm = 'npm';
  const backup = timed(npm, ['run', '--silent', 'backup', path.join(scratch, 'backups')], { DATABASE_PATH: database });
  const backupFile = /\S+\.db/.exec(backup.stdout.trim().split('\n').at(-1) ?? '')?.[0];
  if (!backupFile) throw new Error(`no backup path in: ${backup.stdout}`);
  const standby = path.join(scratch, 'standby/toasoan.db');
  fs.mkdirSync(path.dirname(standby), { recursive: true });
  const restore = timed(npm, ['run', '--silent', 'restore', backupFile], { DATABASE_PATH: standby });
  say(`npm run backup: ${backup.seconds.toFixed(1)} s for ${(fs.statSync(backupFile).size / 1e6).toFixed(0)} MB; npm run restore on an empty standby: ${restore.seconds.toFixed(1)} s`);
  fs.writeFileSync(path.join(scratch, 'results.txt'), `${new Date().toISOString()} (load average ${os.loadavg()[0]!.toFixed(1)})\n${lines.join('\n')}\n`);
}

const at = process.argv.indexOf('--child');
if (at > 0) void child(process.argv[at + 1] as Kind, Number(process.argv[at + 2]), Number(process.argv[at + 3]));
else void main();
