// npm run bench -- --only scaled [--quick]: what a second app process buys on this host (issue 19),
// in one run on a copy of the corpus, served as deployed by `npm run start:scaled` (a private
// Redis, N `next start` processes and its one search process at nice 10, nginx from
// deploy/nginx.conf in front), once with 1 app process and once with 2:
//  - cache-miss article and search throughput at 50 connections through nginx, and the ratio;
//  - readers' p99 on cached articles (asked of the processes, as nginx's copy would hide them)
//    while 50 connections flood search through nginx: readers at a steady rate (what a reader
//    waits), and readers as fast as 10 connections are answered (what saturating the processes costs);
//  - with 2: a change expired on process A, visible on B (p50, max of 20), directly and through nginx;
//  - each process's memory idle (warmed up, before the load) and at its peak.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { cacheTagsToken } from '@/lib/cache/cache-tags-token';
import { registerSearchFunctions } from '@/lib/search/sql-functions';
import { ensureAuthSecret } from '../scripts/auth-secret.mjs';
import { prepareDatabase } from '../scripts/start.mjs';
import { ensureCorpus } from './corpus';
import { sampleMax, treeRssMb } from './lib/process';
import { steadyReaders, type SteadyResult } from './lib/steady-readers';
import { parseWrk, type WrkResult } from './lib/wrk';
import { percentile } from './lib/percentile';

type Visibility = { p50: number; max: number; neverSeen: number };
type Options = { root: string; scratch: string; firstPort: number; quick: boolean; resultsDir: string };
type Phase = {
  processes: number;
  missArticles: WrkResult;
  search: WrkResult;
  /** The same readers alone: what their own load costs them. */
  readersAlone: { p99Ms: number; rps: number };
  /** Readers on cached articles while search is flooded: the worst process's p99. */
  readersUnderSearch: { p99Ms: number; rps: number; search: WrkResult };
  /** Readers at READER_RATE, alone and while search is flooded. */
  steadyReaders: { alone: SteadyResult; underSearch: SteadyResult; search: WrkResult };
  memoryMb: { idle: number[]; peak: number[]; search: { idle: number; peak: number } };
  publishVisibleMs?: { direct: Visibility; nginx: Visibility; samples: number };
};

const SEARCHES = ['/tim-kiem?q=quoc+phong', '/tim-kiem?q=dai+hoi', '/tim-kiem?q=kinh+te', '/tim-kiem?q=ha+noi', '/tim-kiem?q=bien+gioi', '/tim-kiem?q=nong+dan'];
const READER_CONNECTIONS = 10;
// Requests a second of the steady readers, over all app processes: about a third of what one
// process answers alone here, and far more than processes behind nginx's cache ever see.
const READER_RATE = 100;
const FLOOD_CONNECTIONS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Published articles' paths in random order, with their ids. */
function articles(db: string, limit: number): { id: number; path: string }[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return (
      sqlite
        .prepare(
          `SELECT a.id, a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id
           WHERE a.status = 'published' AND a.published_at <= ? ORDER BY random() LIMIT ?`,
        )
        .all(Date.now(), limit) as { id: number; slug: string; section: string }[]
    ).map((row) => ({ id: row.id, path: `/${row.section}/${row.slug}-${row.id}` }));
  } finally {
    sqlite.close();
  }
}

/** wrk on 127.0.0.1, without blocking this process (several run at once); `name` keeps their files apart. */
function wrk(name: string, url: string, connections: number, seconds: number, paths: string[], scratch: string): Promise<WrkResult> {
  const list = path.join(scratch, `paths-${name}.txt`);
  const script = path.join(scratch, `paths-${name}.lua`);
  fs.writeFileSync(list, paths.join('\n'));
  fs.writeFileSync(
    script,
    `local paths = {}\nfor line in io.lines("${list}") do paths[#paths + 1] = line end\n` +
      `math.randomseed(os.time())\nrequest = function()\n  return wrk.format("GET", paths[math.random(#paths)])\nend\n`,
  );
  const args = ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--latency', '--timeout', '10s', '-s', script, url];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(parseWrk(out)) : reject(new Error(`wrk ${name}: ${out}`))));
  });
}

/**
 * What the scheduler would flip at the first start (the corpus's scheduled pieces fall due as it
 * ages), done beforehand: its expiries and nginx's refreshes of every page they touch would land
 * inside a measurement.
 */
function flipDueSchedules(db: string): void {
  const sqlite = new Database(db);
  registerSearchFunctions(sqlite);
  try {
    const now = Date.now();
    sqlite.prepare("UPDATE articles SET status = 'published', published_at = scheduled_at, scheduled_at = NULL WHERE status = 'scheduled' AND scheduled_at <= ?").run(now);
    sqlite.prepare("UPDATE articles SET status = 'unpublished', unpublish_at = NULL WHERE status = 'published' AND unpublish_at <= ?").run(now);
  } finally {
    sqlite.close();
  }
}

/** The worst process's p99; a process that answered no reader within the run has none: infinite, not 0. */
const worstP99 = (runs: WrkResult[]) => Math.max(...runs.map((r) => (r.requests > 0 ? r.p99Ms : Number.POSITIVE_INFINITY)));

async function get(url: string): Promise<string> {
  const response = await fetch(url);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return body;
}

/** The scaled setup on `port` with `processes` app processes; resolves once nginx and every process answer. */
async function startScaled(o: Options, env: NodeJS.ProcessEnv, port: number, processes: number) {
  const log = fs.openSync(path.join(o.scratch, `start-scaled-${processes}.log`), 'w');
  const child: ChildProcess = spawn(process.execPath, ['scripts/start-scaled.mjs', '--instances', String(processes), '--search-instances', '1'], {
    cwd: o.root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  const appUrls = Array.from({ length: processes }, (_, index) => `http://127.0.0.1:${port + 10 + index}`);
  // Its one search process, on the port after the apps'.
  const searchUrl = `http://127.0.0.1:${port + 10 + processes}`;
  const deadline = Date.now() + 600_000;
  for (const url of [`http://127.0.0.1:${port}`, ...appUrls, searchUrl]) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`start:scaled exited; see ${o.scratch}/start-scaled-${processes}.log`);
      if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
      if (Date.now() > deadline) throw new Error(`${url} did not come up`);
      await sleep(200);
    }
  }
  const processesFile = path.join(path.dirname(env.DATABASE_PATH!), 'scaled', 'processes.json');
  const recorded = JSON.parse(fs.readFileSync(processesFile, 'utf8')) as { apps: { pid: number }[]; search: { pid: number }[] };
  const pids = recorded.apps.map((app) => app.pid);
  const searchPid = recorded.search[0]!.pid;
  const stop = async () => {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  };
  return { nginxUrl: `http://127.0.0.1:${port}`, appUrls, searchUrl, pids, searchPid, stop };
}

/** Changes an article's title on the database, expires its tag on process A, and times until B and nginx show it. */
async function publishVisibility(db: string, a: string, b: string, nginxUrl: string, targets: { id: number; path: string }[]) {
  const sqlite = new Database(db);
  registerSearchFunctions(sqlite);
  sqlite.pragma('busy_timeout = 5000');
  const direct: number[] = [];
  const throughNginx: number[] = [];
  try {
    for (const [n, target] of targets.entries()) {
      // Cached everywhere first: what B and nginx serve afterwards is their copy or the change.
      for (const url of [a, b, nginxUrl]) await get(url + target.path);
      const title = `Tin đo độ trễ số ${n} ${Date.now().toString(36)}`;
      sqlite.prepare('UPDATE articles SET title = ?, version = version + 1 WHERE id = ?').run(title, target.id);
      const expired = await fetch(`${a}/api/internal/cache-tags`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cacheTagsToken()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tags: [`article:${target.id}`] }),
      });
      if (!expired.ok) throw new Error(`expiring on A answered ${expired.status}`);
      const at = performance.now();
      // Not seen within 30 s counts as never: the run goes on and the report says how many.
      const until = async (url: string) => {
        while (!(await get(url + target.path)).includes(title)) {
          if (performance.now() - at > 30_000) return Number.POSITIVE_INFINITY;
          await sleep(20);
        }
        return performance.now() - at;
      };
      const [onB, onNginx] = await Promise.all([until(b), until(nginxUrl)]);
      direct.push(onB);
      throughNginx.push(onNginx);
    }
  } finally {
    sqlite.close();
  }
  const summary = (values: number[]) => ({ p50: percentile(values, 50), max: Math.max(...values), neverSeen: values.filter((value) => !Number.isFinite(value)).length });
  return { direct: summary(direct), nginx: summary(throughNginx), samples: targets.length };
}

async function measure(o: Options, env: NodeJS.ProcessEnv, processes: number, paths: { miss: string[]; warm: { id: number; path: string }[]; publish: { id: number; path: string }[] }): Promise<Phase> {
  // With 50 connections a request waits for the 49 before it: at tens of requests a second that
  // is seconds, and what is still waiting when wrk stops is not counted. Long enough to make that small.
  const seconds = o.quick ? 6 : 20;
  const scaled = await startScaled(o, env, o.firstPort, processes);
  let peaks: (() => number)[] = [];
  try {
    // Warm: every process renders the code paths once and holds the reader set cached.
    for (const url of scaled.appUrls) {
      for (const p of SEARCHES) await get(url + p);
      for (const { path: p } of paths.warm) await get(url + p);
    }
    for (const p of SEARCHES) await get(scaled.searchUrl + p);
    await sleep(1_000);
    const idle = [...scaled.pids, scaled.searchPid].map((pid) => treeRssMb(pid));
    peaks = [...scaled.pids, scaled.searchPid].map((pid) => sampleMax(() => treeRssMb(pid)));
    const missArticles = await wrk(`miss-${processes}`, scaled.nginxUrl, FLOOD_CONNECTIONS, seconds, paths.miss, o.scratch);
    const search = await wrk(`search-${processes}`, scaled.nginxUrl, FLOOD_CONNECTIONS, seconds, SEARCHES, o.scratch);
    // Readers go to the processes themselves, split as nginx would split them; nginx's own copy
    // of a hot page would answer them without asking any process. First alone, then under the flood.
    const warmPaths = paths.warm.map((article) => article.path);
    // Cached again first: the cache-miss run above pushed them out of each process's memory (50 MB)
    // and out of Redis (256 MB), and measuring their renders is not the point here.
    for (const url of scaled.appUrls) for (const p of warmPaths) await get(url + p);
    const readersOn = (label: string) => scaled.appUrls.map((url, index) => wrk(`${label}-${processes}-${index}`, url, READER_CONNECTIONS / processes, seconds, warmPaths, o.scratch));
    const alone = await Promise.all(readersOn('readers-alone'));
    const [flood, ...readers] = await Promise.all([wrk(`flood-${processes}`, scaled.nginxUrl, FLOOD_CONNECTIONS, seconds, SEARCHES, o.scratch), ...readersOn('readers')]);
    const steady = { urls: scaled.appUrls, paths: warmPaths, rate: READER_RATE, seconds };
    const steadyAlone = await steadyReaders(steady);
    const [steadyFlood, steadyUnderSearch] = await Promise.all([wrk(`steady-flood-${processes}`, scaled.nginxUrl, FLOOD_CONNECTIONS, seconds, SEARCHES, o.scratch), steadyReaders(steady)]);
    const publishVisibleMs = processes > 1 ? await publishVisibility(env.DATABASE_PATH!, scaled.appUrls[0]!, scaled.appUrls[1]!, scaled.nginxUrl, paths.publish) : undefined;
    const peak = peaks.map((stop) => stop());
    const searchMemory = { idle: idle.pop()!, peak: peak.pop()! };
    return {
      processes,
      missArticles,
      search,
      readersAlone: { p99Ms: worstP99(alone), rps: alone.reduce((sum, r) => sum + r.requestsPerSecond, 0) },
      readersUnderSearch: { p99Ms: worstP99(readers), rps: readers.reduce((sum, r) => sum + r.requestsPerSecond, 0), search: flood! },
      steadyReaders: { alone: steadyAlone, underSearch: steadyUnderSearch, search: steadyFlood },
      memoryMb: { idle, peak, search: searchMemory },
      publishVisibleMs,
    };
  } finally {
    // Stopped however the measures ended: a sampler left running would keep this process alive.
    for (const stop of peaks) stop();
    await scaled.stop();
  }
}

function report(phases: Phase[], quick: boolean): string {
  const [one, two] = phases as [Phase, Phase];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
  const mb = (values: number[]) => values.map((v) => v.toFixed(0)).join(' / ');
  const errors = (r: WrkResult) => (r.errors ? ` (${r.errors} errors)` : '');
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'none answered');
  const steady = (r: SteadyResult) => `${ms(r.p99Ms)} / ${ms(r.maxMs)}${r.errors ? ` (${r.errors} of ${r.due} failed)` : ''}`;
  const lines = [
    `# Scaling on one host: 1 and 2 app processes (${new Date().toISOString()}${quick ? ', quick run' : ''})`,
    '',
    'Both beside start:scaled\'s one search process (nice 10), to which nginx sends every search page.',
    '',
    '| Measure | 1 process | 2 processes | Ratio | Target |',
    '| --- | ---: | ---: | ---: | --- |',
    `| Cache-miss article, 50 conn. through nginx (req/s) | ${one.missArticles.requestsPerSecond.toFixed(0)}${errors(one.missArticles)} | ${two.missArticles.requestsPerSecond.toFixed(0)}${errors(two.missArticles)} | ${ratio(two.missArticles.requestsPerSecond, one.missArticles.requestsPerSecond)} | ≥ 1.7 × |`,
    `| Search, 50 conn. through nginx (req/s) | ${one.search.requestsPerSecond.toFixed(0)}${errors(one.search)} | ${two.search.requestsPerSecond.toFixed(0)}${errors(two.search)} | ${ratio(two.search.requestsPerSecond, one.search.requestsPerSecond)} | ≥ 1.7 × |`,
    `| Readers at a steady ${READER_RATE} req/s on cached articles, p99 / max (ms), no other load | ${steady(one.steadyReaders.alone)} | ${steady(two.steadyReaders.alone)} | | |`,
    `| … while 50 conn. flood search, p99 / max (ms) | ${steady(one.steadyReaders.underSearch)} | ${steady(two.steadyReaders.underSearch)} | | ≤ 50 ms with 2 |`,
    `| … the search flood's req/s meanwhile | ${one.steadyReaders.search.requestsPerSecond.toFixed(0)} | ${two.steadyReaders.search.requestsPerSecond.toFixed(0)} | | |`,
    `| Readers as fast as ${READER_CONNECTIONS} conn. are answered (saturating), p99 (ms), no other load; their req/s | ${ms(one.readersAlone.p99Ms)}; ${one.readersAlone.rps.toFixed(0)} | ${ms(two.readersAlone.p99Ms)}; ${two.readersAlone.rps.toFixed(0)} | | |`,
    `| … while 50 conn. flood search, p99 (ms) | ${ms(one.readersUnderSearch.p99Ms)} | ${ms(two.readersUnderSearch.p99Ms)} | | |`,
    `| … their throughput; the search flood's (req/s) | ${one.readersUnderSearch.rps.toFixed(0)}; ${one.readersUnderSearch.search.requestsPerSecond.toFixed(0)} | ${two.readersUnderSearch.rps.toFixed(0)}; ${two.readersUnderSearch.search.requestsPerSecond.toFixed(0)} | | |`,
    `| Memory per process idle / peak (MB) | ${mb(one.memoryMb.idle)}; ${mb(one.memoryMb.peak)} | ${mb(two.memoryMb.idle)}; ${mb(two.memoryMb.peak)} | | |`,
    `| … the search process's (MB) | ${mb([one.memoryMb.search.idle])}; ${mb([one.memoryMb.search.peak])} | ${mb([two.memoryMb.search.idle])}; ${mb([two.memoryMb.search.peak])} | | |`,
  ];
  if (two.publishVisibleMs) {
    const v = two.publishVisibleMs;
    const seen = (x: Visibility) => `${x.p50.toFixed(0)} / ${x.max.toFixed(0)}${x.neverSeen ? ` (${x.neverSeen} not seen within 30 s)` : ''}`;
    lines.push(
      `| Change expired on A, visible on B, p50 / max of ${v.samples} (ms) | | ${seen(v.direct)} | | ≤ 1000 |`,
      `| … through nginx, p50 / max (ms) | | ${seen(v.nginx)} | | ≤ 2000 |`,
    );
  }
  return lines.join('\n');
}

/** --only scaled: the figures above in one run, printed and written to bench/results/scaled.{json,md}. */
export async function measureScaling(o: Options): Promise<void> {
  const dir = path.join(o.scratch, `scaled-${o.firstPort}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  const db = path.join(dir, 'data', 'toasoan.db');
  const corpus = await ensureCorpus();
  await new Database(corpus, { readonly: true }).backup(db);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: db, MEDIA_DIR: path.join(dir, 'data', 'media'), NODE_ENV: 'production', SITE_URL: `http://127.0.0.1:${o.firstPort}` };
  // start:scaled's own Redis, started and emptied with each run.
  delete env.REDIS_URL;
  Object.assign(process.env, env);
  // Beside the copy, where start:scaled finds it too: this process signs its expiries with it.
  ensureAuthSecret();
  env.AUTH_SECRET = process.env.AUTH_SECRET;
  prepareDatabase();
  // The corpus copy is throwaway: the migration's safety copy of it is not worth 1.3 GB.
  for (const file of fs.readdirSync(path.dirname(db))) if (file.startsWith('toasoan.db.pre-migrate-')) fs.rmSync(path.join(path.dirname(db), file));
  flipDueSchedules(db);

  const publishes = o.quick ? 5 : 20;
  const pool = articles(db, 40_000 + 200 + 2 * publishes);
  // Disjoint sets, so the second run's misses are not the first run's pages.
  const sets = [0, 1].map((i) => pool.slice(i * 20_000, (i + 1) * 20_000).map((article) => article.path));
  const warm = pool.slice(40_000, o.quick ? 40_050 : 40_200);
  const phases: Phase[] = [];
  for (const [i, processes] of [1, 2].entries()) {
    const publish = pool.slice(40_200 + i * publishes, 40_200 + (i + 1) * publishes);
    const phase = await measure({ ...o, scratch: dir }, env, processes, { miss: sets[i]!, warm, publish });
    phases.push(phase);
    console.log(`${processes} process(es): miss ${phase.missArticles.requestsPerSecond.toFixed(0)} req/s, search ${phase.search.requestsPerSecond.toFixed(0)} req/s, readers' p99 under search ${phase.steadyReaders.underSearch.p99Ms.toFixed(1)} ms at ${READER_RATE} req/s, ${phase.readersUnderSearch.p99Ms.toFixed(1)} ms saturating`);
  }
  const md = report(phases, o.quick);
  fs.mkdirSync(o.resultsDir, { recursive: true });
  fs.writeFileSync(path.join(o.resultsDir, 'scaled.json'), `${JSON.stringify({ date: new Date().toISOString(), quick: o.quick, phases }, null, 2)}\n`);
  fs.writeFileSync(path.join(o.resultsDir, 'scaled.md'), `${md}\n`);
  console.log(`\n${md}`);
}
