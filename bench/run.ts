// npm run bench [-- --quick | --only lighthouse [--runs N] | --only home-front | --only admin | --only scaled]: the portal measured side by side with its physical limit (nginx
// serving the same article from disk) and a bare Next.js app of the same version, in one run,
// on 127.0.0.1 only. Prints ratios; writes bench/results/{results.json,results.md,chart.png}.
// BENCH_PORT moves its four ports (default 4101–4104) so two checkouts can measure side by side;
// --articles 1000000 (or BENCH_ARTICLES=1000000) measures on a corpus of a million articles (bench/corpus.ts).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { buildIfNeeded, dropBuildTimeHomePage, prepareDatabase, nextStartArgs, serverEnv } from '../scripts/start.mjs';
import { localNginx } from '../deploy/nginx-local';
import { liteArticlePath } from '../lib/urls';
import { adminTable, measureAdminPages } from './admin';
import { ensureCorpus } from './corpus';
import { measureHomeFronts, type HomeFrontTimes } from './home-front';
import { buildControlIfNeeded } from './lib/control';
import { lighthouseMedians, lighthouseRows, type LighthousePages } from './lib/lighthouse';
import { lighthouseOnly } from './lighthouse-only';
import { measureScaling } from './scaled';
import { sampleMax, startServer, treeRssMb, type Server } from './lib/process';
import { throughputTable, writeChart, type Row } from './lib/report';
import { runWrk } from './lib/wrk';
import { percentile } from './lib/percentile';

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 8;
const LIGHTHOUSE_RUNS = Number(option('--runs') ?? (quick ? 1 : 5));
const WARM_UP_REQUESTS = 50;
const root = process.cwd();
const scratch = path.join(root, 'bench/.work');
const resultsDir = path.join(root, 'bench/results');
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4101);
const PORTS = { app: FIRST_PORT, control: FIRST_PORT + 1, nginxStatic: FIRST_PORT + 2, nginxProxy: FIRST_PORT + 3 };
const nextBin = path.join(root, 'node_modules/.bin/next');
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
const HOME_FRONT_REQUESTS = quick ? 30 : 100;
// Signs the bench admin's session (a throwaway database, so a throwaway secret).
const authSecret = process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url');
const ADMIN_REQUESTS = quick ? 10 : 40;

const homeFrontLine = (times: HomeFrontTimes) =>
  `home cache-miss render p50: default front ${times.defaultMs.p50.toFixed(1)} ms, curated front ${times.curatedMs.p50.toFixed(1)} ms: ${times.ratio.toFixed(2)} × (target ≤ 1.2)`;

const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

function articlePaths(db: string, limit: number): string[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    const rows = sqlite
      .prepare(
        `SELECT a.id, a.slug, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id
         WHERE a.status = 'published' AND a.published_at <= ? ORDER BY random() LIMIT ?`,
      )
      .all(Date.now(), limit) as { id: number; slug: string; section: string }[];
    return rows.map((row) => `/${row.section}/${row.slug}-${row.id}`);
  } finally {
    sqlite.close();
  }
}

// After a load run the server may close idle keep-alive sockets that fetch still holds: retry once.
async function fetchBytes(url: string | URL): Promise<Buffer> {
  try {
    return Buffer.from(await (await fetch(url)).arrayBuffer());
  } catch {
    return Buffer.from(await (await fetch(url)).arrayBuffer());
  }
}

async function pageWeight(url: string): Promise<{ htmlGzip: number; jsGzip: number }> {
  const html = (await fetchBytes(url)).toString('utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let jsGzip = 0;
  for (const src of new Set(scripts)) jsGzip += gz(await fetchBytes(new URL(src, url)));
  return { htmlGzip: gz(html), jsGzip };
}

async function timeSequential(base: string, paths: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const p of paths) {
    const started = performance.now();
    const response = await fetch(base + p);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${p} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

async function main() {
  fs.mkdirSync(scratch, { recursive: true });
  const corpus = await ensureCorpus();
  const benchDb = path.join(scratch, 'bench.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(benchDb + suffix, { force: true });
  await new Database(corpus, { readonly: true }).backup(benchDb);
  const env = { ...process.env, DATABASE_PATH: benchDb, NODE_ENV: 'production' as const, SITE_URL: `http://127.0.0.1:${PORTS.app}`, AUTH_SECRET: authSecret };
  Object.assign(process.env, env);
  prepareDatabase();
  buildIfNeeded();
  dropBuildTimeHomePage();
  const { dir: controlDir, env: controlEnv } = buildControlIfNeeded(root, env);

  const servers: Server[] = [];
  const nginxes: { stop: () => void }[] = [];
  const rows: Row[] = [];
  try {
    const unique = articlePaths(benchDb, 2_300 + WARM_UP_REQUESTS);
    const missPaths = unique.slice(0, 300);
    const warmPaths = unique.slice(300, 2_300);
    const warmUpPaths = unique.slice(2_300);
    const hot = warmPaths[0]!;
    const hotLite = liteArticlePath(hot);

    // Cold start: process spawn to the first article answered 200.
    const app = await startServer(nextBin, nextStartArgs(PORTS.app, '127.0.0.1'), {
      cwd: root, env: serverEnv(env), url: `http://127.0.0.1:${PORTS.app}`, probePath: hot, log: path.join(scratch, 'app.log'),
    });
    servers.push(app.server);
    const appPid = app.server.process.pid!;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleMb = treeRssMb(appPid);
    const stopPeak = sampleMax(() => treeRssMb(appPid));

    const control = await startServer(nextBin, ['start', controlDir, '-p', String(PORTS.control), '-H', '127.0.0.1'], {
      cwd: root, env: controlEnv, url: `http://127.0.0.1:${PORTS.control}`, probePath: '/static', log: path.join(scratch, 'control.log'),
    });
    servers.push(control.server);

    // Cache-miss renders, one connection: every article requested once. Both servers first answer
    // untimed requests, so the figures are steady-state service times, not module loading and JIT.
    await timeSequential(app.server.url, warmUpPaths);
    const missTimes = await timeSequential(app.server.url, missPaths);
    await timeSequential(control.server.url, Array.from({ length: WARM_UP_REQUESTS }, () => '/dynamic'));
    const dynamicTimes = await timeSequential(control.server.url, Array.from({ length: 300 }, () => '/dynamic'));
    await timeSequential(app.server.url, warmPaths.slice(0, 400)); // fill the page cache for the warm set
    // Leaves the curated front published: the cached home measured below is the curated one.
    const homeFront = await measureHomeFronts({ url: app.server.url, db: benchDb, distDir, requests: HOME_FRONT_REQUESTS });
    console.log(homeFrontLine(homeFront));
    const admin = await measureAdminPages({ url: app.server.url, controlUrl: control.server.url, db: benchDb, requests: ADMIN_REQUESTS, serverPid: app.server.process.pid!, controlPid: control.server.process.pid! });

    // The physical limit: nginx serving the same rendered article, precompressed, from disk.
    const staticDir = path.join(scratch, 'static');
    fs.mkdirSync(staticDir, { recursive: true });
    const articleHtml = (await fetchBytes(app.server.url + hot)).toString('utf8');
    fs.writeFileSync(path.join(staticDir, 'article.html'), articleHtml);
    fs.writeFileSync(path.join(staticDir, 'article.html.gz'), gzipSync(articleHtml, { level: 9 }));
    const nginxStaticConf = path.join(scratch, 'nginx-static.conf');
    fs.writeFileSync(
      nginxStaticConf,
      `worker_processes 1; pid ${scratch}/nginx-static.pid; error_log ${scratch}/nginx-static.log warn;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; gzip_static on; types { text/html html; }
  client_body_temp_path ${scratch}/nb; proxy_temp_path ${scratch}/np; fastcgi_temp_path ${scratch}/nf; uwsgi_temp_path ${scratch}/nu; scgi_temp_path ${scratch}/ns;
  server { listen 127.0.0.1:${PORTS.nginxStatic}; root ${staticDir}; } }\n`,
    );
    const started = spawnSync('nginx', ['-p', scratch, '-c', nginxStaticConf]);
    if (started.status !== 0) throw new Error(`nginx failed: ${started.stderr}`);
    nginxes.push({ stop: () => spawnSync('nginx', ['-p', scratch, '-c', nginxStaticConf, '-s', 'stop']) });
    const proxy = localNginx({ listenPort: PORTS.nginxProxy, upstreamPort: PORTS.app, dir: path.join(scratch, 'nginx-proxy') });
    proxy.start();
    nginxes.push(proxy);

    const targets: { name: string; url: string; paths?: string[] }[] = [
      { name: 'nginx static article (limit)', url: `http://127.0.0.1:${PORTS.nginxStatic}/article.html` },
      { name: 'bare Next static page', url: `${control.server.url}/static` },
      { name: 'bare Next dynamic page + SQLite', url: `${control.server.url}/dynamic` },
      { name: 'article, hot', url: app.server.url + hot },
      { name: 'article, random (cached)', url: app.server.url, paths: warmPaths.slice(0, 400) },
      { name: 'home', url: `${app.server.url}/` },
      { name: 'section', url: `${app.server.url}/thoi-su` },
      { name: 'search', url: app.server.url, paths: ['/tim-kiem?q=quoc+phong', '/tim-kiem?q=dai+hoi', '/tim-kiem?q=kinh+te', '/tim-kiem?q=ha+noi'] },
      { name: 'article, hot, through nginx', url: proxy.url + hot },
    ];
    const measured = new Map<string, Row>();
    for (const connections of [1, 50]) {
      for (const target of targets) {
        const result = runWrk(target.url, { connections, seconds: SECONDS, paths: target.paths, scratch });
        if (result.errors > 0) console.warn(`${target.name}: ${result.errors} errors of ${result.requests}`);
        const row = { name: target.name, connections, rps: result.requestsPerSecond, p50: result.p50Ms, p99: result.p99Ms };
        measured.set(`${target.name}@${connections}`, row);
        rows.push(row);
        console.log(`${target.name.padEnd(36)} c=${String(connections).padStart(2)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${row.p50.toFixed(2)} ms  p99 ${row.p99.toFixed(2)} ms`);
      }
    }
    const peakMb = stopPeak();
    const at = (name: string, c: number) => measured.get(`${name}@${c}`)!;
    const ratio = (a: number, b: number) => a / b;
    for (const row of rows) {
      const baseline = row.name.includes('through nginx') ? at('nginx static article (limit)', row.connections) : at('bare Next static page', row.connections);
      row.ratio = `${ratio(row.rps, baseline.rps).toFixed(2)} × ${baseline === at('bare Next static page', row.connections) ? 'bare Next static' : 'nginx static'}`;
    }

    const weights = {
      article: await pageWeight(app.server.url + hot),
      lite: await pageWeight(app.server.url + hotLite),
      home: await pageWeight(`${app.server.url}/`),
      controlStatic: await pageWeight(`${control.server.url}/static`),
    };
    const articleWords = articleHtml.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

    const lighthouse: LighthousePages | null = process.argv.includes('--no-lighthouse')
      ? null
      : lighthouseMedians(
          {
            article: app.server.url + hot,
            lite: app.server.url + hotLite,
            home: `${app.server.url}/`,
            // The same framework JavaScript on a two-line page: what Next itself costs on a phone.
            'bare Next static page': `${control.server.url}/static`,
          },
          LIGHTHOUSE_RUNS,
          scratch,
        );

    const miss = { p50: percentile(missTimes, 50), p99: percentile(missTimes, 99) };
    const dynamic = { p50: percentile(dynamicTimes, 50), p99: percentile(dynamicTimes, 99) };
    const targetsReport = [
      ['Cached article ≥ 0.9 × bare Next cached page (50 conn.)', ratio(at('article, hot', 50).rps, at('bare Next static page', 50).rps), 0.9],
      ['Through nginx ≥ 0.5 × nginx static (50 conn.)', ratio(at('article, hot, through nginx', 50).rps, at('nginx static article (limit)', 50).rps), 0.5],
      ['Cache-miss render ≥ 0.8 × bare Next dynamic (1 conn., by p50)', ratio(dynamic.p50, miss.p50), 0.8],
    ] as const;

    const results = {
      date: new Date().toISOString(),
      quick,
      corpusArticles: Number((new Database(benchDb, { readonly: true }).prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n),
      throughput: rows,
      cacheMissRenderMs: miss,
      homeCacheMissRenderMs: homeFront,
      adminPages: admin,
      bareNextDynamicMs: dynamic,
      coldStartMs: app.readyMs,
      memoryMb: { idle: idleMb, peak: peakMb },
      bytes: { ...weights, articleWords },
      lighthouse,
      targets: targetsReport.map(([name, value, goal]) => ({ name, value, goal, met: value >= goal })),
    };
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const md = [
      `# Benchmark results (${results.date}${quick ? ', quick run' : ''})`,
      '',
      `Corpus: ${results.corpusArticles} articles. Every figure comes from this one run on this machine (2 cores).`,
      '',
      throughputTable(rows),
      '',
      '| Measure | Value | Target |',
      '| --- | ---: | --- |',
      `| Cache-miss article render, 1 conn. (p50 / p99) | ${miss.p50.toFixed(2)} / ${miss.p99.toFixed(2)} ms | ≤ 7 ms |`,
      `| Bare Next dynamic + SQLite, 1 conn. (p50 / p99) | ${dynamic.p50.toFixed(2)} / ${dynamic.p99.toFixed(2)} ms | baseline |`,
      `| Cache-miss home render, default front (p50 / p99) | ${homeFront.defaultMs.p50.toFixed(2)} / ${homeFront.defaultMs.p99.toFixed(2)} ms | baseline |`,
      `| Cache-miss home render, curated front (p50 / p99) | ${homeFront.curatedMs.p50.toFixed(2)} / ${homeFront.curatedMs.p99.toFixed(2)} ms | ≤ 1.2 × default: ${homeFront.ratio.toFixed(2)} ${homeFront.ratio <= 1.2 ? '✔' : '✘'} |`,
      ...targetsReport.map(([name, value, goal]) => `| ${name} | ${value.toFixed(2)} | ≥ ${goal} ${value >= goal ? '✔' : '✘'} |`),
      `| Cold start to first article 200 | ${app.readyMs.toFixed(0)} ms | ≤ 1500 ms |`,
      `| Memory idle / peak under load | ${idleMb.toFixed(0)} / ${peakMb.toFixed(0)} MB | ≤ 150 / ≤ 350 MB |`,
      `| Article HTML gzip (${articleWords} words on page) | ${(weights.article.htmlGzip / 1024).toFixed(1)} KB | ≤ 15 KB |`,
      `| Lite article HTML gzip (no script, no stylesheet) | ${(weights.lite.htmlGzip / 1024).toFixed(1)} KB | ≤ 20 KB |`,
      `| JS gzip: article / home / bare Next | ${(weights.article.jsGzip / 1024).toFixed(1)} / ${(weights.home.jsGzip / 1024).toFixed(1)} / ${(weights.controlStatic.jsGzip / 1024).toFixed(1)} KB | ≤ bare + 10 KB |`,
      ...(lighthouse
        ? [
            ...lighthouseRows(lighthouse),
            `| Lighthouse mobile lite article (median of ${LIGHTHOUSE_RUNS}): LCP, total transfer | ${lighthouse.lite!.lcpMs.toFixed(0)} ms, ${(lighthouse.lite!.transferBytes / 1024).toFixed(1)} KB | ≤ 1000 ms, ≤ 20 KB |`,
          ]
        : []),
      '',
      adminTable(admin, results.corpusArticles),
      '',
      '![Requests per second at 50 connections](chart.png)',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(resultsDir, 'results.md'), md);
    await writeChart(rows, path.join(resultsDir, 'chart.png'));
    console.log(`\n${md}`);
  } finally {
    for (const nginx of nginxes) nginx.stop();
    for (const server of servers) await server.stop();
  }
}

/** --only home-front: the home's cache-miss render with the default and a curated front, on the corpus, in minutes. */
async function homeFrontOnly() {
  fs.mkdirSync(scratch, { recursive: true });
  const corpus = await ensureCorpus();
  const db = path.join(scratch, 'home-front.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  await new Database(corpus, { readonly: true }).backup(db);
  const env = { ...process.env, DATABASE_PATH: db, NODE_ENV: 'production' as const, SITE_URL: `http://127.0.0.1:${PORTS.app}` };
  Object.assign(process.env, env);
  prepareDatabase();
  buildIfNeeded();
  dropBuildTimeHomePage();
  const app = await startServer(nextBin, nextStartArgs(PORTS.app, '127.0.0.1'), {
    cwd: root, env: serverEnv(env), url: `http://127.0.0.1:${PORTS.app}`, probePath: '/', log: path.join(scratch, 'home-front.log'),
  });
  try {
    console.log(homeFrontLine(await measureHomeFronts({ url: app.server.url, db, distDir, requests: HOME_FRONT_REQUESTS })));
  } finally {
    await app.server.stop();
  }
}

/** --only admin: the newsroom's pages signed in as admin, against the bare Next dynamic page, on the corpus. */
async function adminOnly() {
  // A folder per BENCH_PORT: two checkouts measuring at once must not share a copy; the copy (13 GB at a
  // million articles) goes once measured.
  const work = path.join(scratch, `admin-${FIRST_PORT}`);
  fs.mkdirSync(work, { recursive: true });
  const corpus = await ensureCorpus();
  const db = path.join(work, 'admin.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  await new Database(corpus, { readonly: true }).backup(db);
  const env = { ...process.env, DATABASE_PATH: db, NODE_ENV: 'production' as const, SITE_URL: `http://127.0.0.1:${PORTS.app}`, AUTH_SECRET: authSecret };
  Object.assign(process.env, env);
  prepareDatabase();
  buildIfNeeded();
  const { dir: controlDir, env: controlEnv } = buildControlIfNeeded(root, env);
  const servers: Server[] = [];
  try {
    const app = await startServer(nextBin, nextStartArgs(PORTS.app, '127.0.0.1'), {
      cwd: root, env: serverEnv(env), url: `http://127.0.0.1:${PORTS.app}`, probePath: '/api/health', log: path.join(work, 'admin.log'),
    });
    servers.push(app.server);
    const control = await startServer(nextBin, ['start', controlDir, '-p', String(PORTS.control), '-H', '127.0.0.1'], {
      cwd: root, env: controlEnv, url: `http://127.0.0.1:${PORTS.control}`, probePath: '/static', log: path.join(work, 'control.log'),
    });
    servers.push(control.server);
    const times = await measureAdminPages({ url: app.server.url, controlUrl: control.server.url, db, requests: ADMIN_REQUESTS, serverPid: app.server.process.pid!, controlPid: control.server.process.pid! });
    const articles = (new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    console.log(`\n${adminTable(times, articles)}`);
  } finally {
    for (const server of servers) await server.stop();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  }
}

const only = option('--only');
const modes: Record<string, () => Promise<void>> = {
  lighthouse: () => lighthouseOnly({ root, scratch, ports: PORTS, runs: Number(option('--runs') ?? 3) }),
  'home-front': homeFrontOnly,
  admin: adminOnly,
  // 1 and 2 app processes behind nginx (npm run start:scaled): bench/scaled.ts.
  scaled: () => measureScaling({ root, scratch, firstPort: FIRST_PORT + 20, quick, resultsDir }),
};
if (only !== undefined && !(only in modes)) throw new Error(`--only ${only}: known are ${Object.keys(modes).join(', ')}`);
(only === undefined ? main() : modes[only]!()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
