import { execFile, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { registerSearchFunctions } from '../../lib/search/sql-functions';
import { signIn, signInContext } from '../helpers/auth';
import { E2E_OWNER } from '../helpers/env';
import { serverActionId } from '../helpers/server-actions';
import { purgesReceived, SCALED, scaledProcesses } from './scaled-env';

// npm run start:scaled with three app processes behind nginx, sharing their cache through Redis
// (lib/cache/cache-handler.mjs): what one process publishes, the others serve within a second;
// Redis stopped costs no reader a page and coherence comes back with it; a crashed process is
// routed around and restarted; an editor keeps typing through a rolling restart; the import
// command line's publish reaches every process; a scheduled publish with three schedulers
// ticking happens once; every change reaches the CDN's purge webhook with its tags. And start:scaled
// on its own starts its Redis, and stops everything it started.

const run = promisify(execFile);
// The expiry reaches the others in milliseconds; what a reader waits for is their render of the
// home: p50 0.13 s on a quiet machine. Beside the other suites on CI's two cores the median of 40
// was 1.2–1.9 s in twelve rehearsals and 2.2 s once (ci55), the worst 2.3–9 s; the bounds leave
// room for that load, not for a lost expiry: without the shared cache the others serve their old
// home for its revalidate time, 5 minutes. The bench measures the 1 s target on a quiet machine.
const OTHERS_SHOW_WITHIN_MS = 10_000;
const OTHERS_SHOW_MEDIAN_MS = 3_000;
// Through nginx a page is kept for its TTL (deploy/nginx.conf, 1 s), then refreshed from a process.
const NGINX_FRESH_WITHIN_MS = OTHERS_SHOW_WITHIN_MS + 1_000;
// A publish answers in well under a second (Redis included: lib/cache/cache-handler.mjs bounds
// its wait); this bound only stops a hang from using up the test's time unexplained.
const PUBLISH_ANSWERED_WITHIN_MS = 30_000;
// The 20 publishes took 45 s beside the other suites here, and over 170 s once on CI's cores.
const TWENTY_PUBLISHES_WITHIN_MS = 360_000;
// A whole rolling restart (three processes started one after the other) on loaded cores.
const ROLLING_RESTART_WITHIN_MS = 150_000;

function database() {
  const db = new Database(SCALED.databasePath);
  registerSearchFunctions(db);
  db.pragma('busy_timeout = 5000');
  return db;
}

/** A draft ready to publish (a headline, a lead, a body), or scheduled for `scheduledAt`; returns its id and version. */
/** A draft (or, with `scheduledAt`, a scheduled article) in the first top-level section, or the last. */
function insertDraft(
  title: string,
  scheduledAt?: number,
  section: 'first' | 'last' = 'first',
): { id: number; version: number; sectionId: number; sectionSlug: string } {
  const db = database();
  try {
    const { id: sectionId, slug: sectionSlug } = db
      .prepare(`SELECT id, slug FROM sections WHERE parent_id IS NULL ORDER BY id ${section === 'first' ? 'ASC' : 'DESC'} LIMIT 1`)
      .get() as { id: number; slug: string };
    const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Thân bài của ${title}.` }] }] });
    const slug = `mo-rong-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const row = db
      .prepare('INSERT INTO articles (title, slug, lead, body, status, needs_headline, section_id, scheduled_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) RETURNING id, version')
      .get(title, slug, 'Sa-pô.', body, scheduledAt ? 'scheduled' : 'draft', sectionId, scheduledAt ?? null) as { id: number; version: number };
    return { ...row, sectionId, sectionSlug };
  } finally {
    db.close();
  }
}

function storedLead(id: number): string {
  const db = database();
  try {
    return (db.prepare('SELECT lead FROM articles WHERE id = ?').get(id) as { lead: string }).lead;
  } finally {
    db.close();
  }
}

/** Publishes a draft through one app process's publish Server Action, as its editor page would; returns its id and section. */
async function publishOn(request: APIRequestContext, appUrl: string, title: string): Promise<{ id: number; sectionId: number }> {
  const draft = insertDraft(title);
  const snapshot = {
    title,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Thân bài của ${title}.` }] }] },
    slug: '',
    lead: 'Sa-pô.',
    sectionId: draft.sectionId,
    coverMediaId: null,
    tags: [],
    bylines: [],
    seoTitle: '',
    seoDescription: '',
  };
  // The warnings to confirm are exactly those the checks find (no byline, no cover photo, and
  // a possible duplicate among these look-alike test articles): confirmed as the panel asks.
  let confirmedWarnings = ['no-byline', 'no-cover'];
  let answer = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.post(`${appUrl}/admin/articles/${draft.id}`, {
      headers: {
        'Next-Action': serverActionId('app/admin/articles/_actions/publish-article.ts', 'publishArticleAction'),
        Accept: 'text/x-component',
        'Content-Type': 'text/plain;charset=UTF-8',
        Origin: appUrl,
      },
      data: JSON.stringify([{ id: draft.id, version: draft.version, snapshot, confirmedWarnings }]),
      maxRedirects: 0,
      timeout: PUBLISH_ANSWERED_WITHIN_MS,
    });
    expect(response.status()).toBe(200);
    answer = await response.text();
    const asked = /"warnings":(\[[^\]]*\])/.exec(answer);
    if (!answer.includes('"error":"checks"') || !asked) break;
    confirmedWarnings = (JSON.parse(asked[1]!) as { code: string }[]).map((warning) => warning.code);
  }
  const db = database();
  try {
    expect((db.prepare('SELECT status FROM articles WHERE id = ?').get(draft.id) as { status: string }).status, answer).toBe('published');
  } finally {
    db.close();
  }
  return { id: draft.id, sectionId: draft.sectionId };
}

/** Waits until the CDN's purge receiver has got a correctly signed purge naming every one of `tags`. */
async function purgedWith(tags: string[]): Promise<void> {
  await expect
    .poll(() => purgesReceived().some((purge) => purge.signed && tags.every((tag) => purge.tags?.includes(tag))), { message: `a signed purge of ${tags.join(' ')}`, timeout: 15_000 })
    .toBe(true);
}

function auditRows(action: string, articleId: number): number {
  const db = database();
  try {
    return (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = ? AND target_type = 'article' AND target_id = ?").get(action, articleId) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A reader's request (no cookie): the status and whether the page shows `text`. */
async function readerSees(url: string, text: string): Promise<{ status: number; shows: boolean; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  return { status: response.status, shows: body.includes(text), ms: Date.now() - started };
}

/** Milliseconds until `url` shows `text`, polling every 50 ms; fails past `withinMs`. */
async function msUntilShown(url: string, text: string, since: number, withinMs: number): Promise<number> {
  await expect.poll(async () => (await readerSees(url, text)).shows, { timeout: withinMs, intervals: [50] }).toBe(true);
  return Date.now() - since;
}

async function allAppsAnswer(): Promise<void> {
  for (const url of SCALED.appUrls) {
    await expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0, { timeout: 120_000 }).toBe(200);
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

/** Whether `pid` is a running process (a zombie has finished; only its parent has yet to collect it). */
function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(') ') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** A process's nice value (the 19th field of /proc/PID/stat). */
function niceness(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16]);
}

/** `roots` and every process below them, from /proc. */
function processTree(roots: number[]): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set(roots);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grown = true;
      }
    }
  }
  return [...tree];
}

/** The pid of the Redis answering on `port`, or null when none does. */
async function redisPid(port: number): Promise<number | null> {
  const redis = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false, connectTimeout: 1_000 } });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return Number(/process_id:(\d+)/.exec(await redis.info('server'))?.[1]);
  } catch {
    return null;
  } finally {
    if (redis.isOpen) redis.destroy();
  }
}

test.describe.configure({ mode: 'serial' });

/**
 * A Redis on the suite's port in place of one a test stopped. It outlives this worker, so that a
 * retry's worker finds it too; stop-redis.ts stops it after the suite.
 */
async function startSuiteRedis(): Promise<void> {
  spawn('redis-server', SCALED.redisArgs, { detached: true, stdio: 'ignore' }).unref();
  await expect.poll(() => redisPid(SCALED.redisPort), { message: 'the suite’s Redis answers' }).not.toBeNull();
}

test.beforeAll(async () => {
  // A retry after the Redis test failed between stopping Redis and starting it again.
  if ((await redisPid(SCALED.redisPort)) === null) await startSuiteRedis();
  await allAppsAnswer();
});

// First, while the build is surely the one the suite's processes run: start:scaled checks it, and
// were the sources changed since, it would build again into the folder they serve from.
test('start:scaled with no REDIS_URL starts its own Redis, serves through its nginx, sends searches to its niced search process (the apps when it is down), and leaves nothing running after SIGTERM', async () => {
  // Bounds for CI's two cores beside the e2e and security suites: two cold processes took over 22 s.
  test.setTimeout(150_000);
  const own = SCALED.selfContained;
  const current = spawnSync(process.execPath, ['--input-type=module', '-e', "const { buildIsCurrent } = await import('./scripts/start.mjs'); process.exit(buildIsCurrent() ? 0 : 3);"]);
  expect(current.status, 'the build is that of the current sources (else start:scaled would build)').toBe(0);
  fs.rmSync(path.dirname(path.dirname(own.databasePath)), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(own.databasePath), { recursive: true });
  // The suite's database, copied: no seeding to wait for.
  const source = database();
  try {
    await source.backup(own.databasePath);
  } finally {
    source.close();
  }
  expect(await redisPid(own.redisPort), 'no Redis on its port before').toBeNull();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(own.port),
    DATABASE_PATH: own.databasePath,
    MEDIA_DIR: own.mediaDir,
    SITE_URL: `http://127.0.0.1:${own.port}`,
    NODE_ENV: 'production',
  };
  for (const name of ['REDIS_URL', 'PURGE_WEBHOOK_URL', 'PURGE_WEBHOOK_SECRET', 'PROXY_REFRESH_URL']) delete env[name];
  const supervisor = spawn(process.execPath, ['scripts/start-scaled.mjs', '--instances', String(own.instances), '--app-port', String(own.appPort)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [supervisor.stdout, supervisor.stderr]) stream.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
  let started: number[] = [];
  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${own.port}/`, { signal: AbortSignal.timeout(5_000) }).catch(() => null))?.status ?? 0, { timeout: 90_000 })
      .toBe(200)
      // What start:scaled printed by then says why it did not come up.
      .catch((error: Error) => {
        throw new Error(`${error.message}\n--- start:scaled:\n${output}`);
      });
    const page = await fetch(`http://127.0.0.1:${own.port}/`);
    expect(page.headers.get('x-cache-status'), 'answered through nginx').toMatch(/^(MISS|HIT|EXPIRED|UPDATING|STALE)$/);
    expect(await page.text()).toContain('</html>');

    const state = scaledProcesses(own.processesFile);
    expect(state.supervisor).toBe(supervisor.pid);
    expect(state.redis, 'the Redis it started').not.toBeNull();
    expect(await redisPid(own.redisPort), 'the Redis on its port is the one it reports').toBe(state.redis);
    expect(state.apps.map((app) => app.port)).toEqual([own.appPort]);
    expect(state.search.map((searcher) => searcher.port)).toEqual([own.searchPort]);
    const reported = [state.supervisor, state.redis!, state.nginx!, ...state.apps.map((app) => app.pid!), state.search[0]!.pid!];
    for (const pid of reported) expect(running(pid), `pid ${pid} of ${JSON.stringify(state)}`).toBe(true);
    // Besides those, whatever they started (nginx's workers, any child of a process).
    started = processTree(reported);

    const searcher = state.search[0]!.pid!;
    expect(niceness(searcher), 'the search process runs at nice 10').toBe(10);
    for (const app of state.apps) expect(niceness(app.pid!), 'the app processes at nice 0').toBe(0);
    await expect.poll(() => fetch(`http://127.0.0.1:${own.searchPort}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
    // Each query new, so nginx's copy cannot answer it.
    const search = (label: string) => fetch(`http://127.0.0.1:${own.port}/tim-kiem?q=${encodeURIComponent(`quốc phòng ${label} ${Date.now()}`)}`, { signal: AbortSignal.timeout(15_000) });
    // The apps frozen (SIGSTOP: they hold their connections and answer nothing): a search still
    // answers, so the search process took it, and a reader's page waits for the frozen apps.
    for (const app of state.apps) process.kill(app.pid!, 'SIGSTOP');
    try {
      const answered = await search('khi hai tiến trình đứng');
      expect(answered.status).toBe(200);
      expect(await answered.text()).toContain('</html>');
      const readerPage = await fetch(`http://127.0.0.1:${own.port}/?khong-co-ban-sao=${Date.now()}`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, () => 'no answer');
      expect(readerPage, 'a reader’s page goes to the frozen apps, not to the search process').toBe('no answer');
    } finally {
      for (const app of state.apps) process.kill(app.pid!, 'SIGCONT');
    }
    // The search process gone: searches go to the apps until it is back.
    process.kill(searcher, 'SIGKILL');
    await expect.poll(() => running(searcher), { timeout: 5_000 }).toBe(false);
    expect((await search('khi tiến trình tìm kiếm tắt')).status).toBe(200);
    await expect.poll(() => scaledProcesses(own.processesFile).search[0]!.pid, { timeout: 30_000, message: 'the search process is started again' }).not.toBe(searcher);
    const restarted = scaledProcesses(own.processesFile).search[0]!.pid!;
    started.push(restarted);
    // `nice` sets it before it starts the server in its place: a moment after the spawn.
    await expect.poll(() => niceness(restarted), { message: 'started again at nice 10' }).toBe(10);
  } finally {
    supervisor.kill('SIGTERM');
  }
  expect(await exited, output).toBe(0);
  await expect.poll(() => started.filter(running), { timeout: 3_000, message: 'processes left running' }).toEqual([]);
  expect(await redisPid(own.redisPort)).toBeNull();
});

test('a publish on one process is on the others’ home at their next request, and through nginx, and purged at the CDN; 20 publishes measured; a scheduled publish with three schedulers happens once', async ({ request }) => {
  test.setTimeout(TWENTY_PUBLISHES_WITHIN_MS);
  await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
  // Due while the publishes below run: each process's scheduler learns the due time at its next
  // tick (every 15 s) and all three wake for that instant, racing for it.
  const scheduledTitle = `Tin hẹn giờ ba tiến trình ${Date.now().toString(36)}`;
  // In a section none of the 20 goes to, whose page every process has cached: on the home, the
  // publishes after its due time pushed it off the newest (ci22: due 18 s in, 13 more after it).
  const scheduled = insertDraft(scheduledTitle, Date.now() + 20_000, 'last');
  const scheduledSection = `/${scheduled.sectionSlug}`;
  for (const url of SCALED.appUrls) expect((await readerSees(`${url}${scheduledSection}`, scheduledTitle)).shows).toBe(false);
  // Every process has the home cached before each publish: what it serves afterwards is either
  // its stale copy or the expiry reaching it.
  const others: number[] = [];
  const throughNginx: number[] = [];
  const published: { id: number; sectionId: number }[] = [];
  const publishMs: number[] = [];
  for (let n = 0; n < 20; n++) {
    const [a, ...rest] = [SCALED.appUrls[n % 3]!, SCALED.appUrls[(n + 1) % 3]!, SCALED.appUrls[(n + 2) % 3]!];
    const title = `Tin mở rộng số ${n} ${Date.now().toString(36)}`;
    for (const url of rest) expect((await readerSees(`${url}/`, title)).status).toBe(200);
    const asked = Date.now();
    published.push(await publishOn(request, a, title));
    const publishedAt = Date.now();
    publishMs.push(publishedAt - asked);
    // Should the test run out of time, the log says where it went.
    if (publishMs.at(-1)! > 5_000) console.log(`publish ${n} on ${a} answered in ${publishMs.at(-1)} ms`);
    // Each watched at once, and past the bound, so a failure says by how much. The time includes
    // the other process rendering its home afresh (a few hundred ms on a loaded 2-core machine).
    const [shown, nginxShown] = await Promise.all([
      Promise.all(rest.map((url) => msUntilShown(`${url}/`, title, publishedAt, 15_000))),
      n % 5 === 0 ? msUntilShown(`${SCALED.nginxUrl}/`, title, publishedAt, NGINX_FRESH_WITHIN_MS) : null,
    ]);
    others.push(...shown);
    if (nginxShown !== null) throughNginx.push(nginxShown);
  }
  const rssMb = scaledProcesses().apps.map((app) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${app.pid}/status`, 'utf8'))?.[1]) / 1024));
  const report = { publish: { p50: percentile(publishMs, 50), max: Math.max(...publishMs) }, others: { p50: percentile(others, 50), max: Math.max(...others) }, nginx: { p50: percentile(throughNginx, 50), max: Math.max(...throughNginx) }, rssMb };
  console.log(`publish on A answered, visible on B/C (ms): ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'publish-visible-ms', description: JSON.stringify(report) });
  expect(report.others.p50, JSON.stringify(others)).toBeLessThanOrEqual(OTHERS_SHOW_MEDIAN_MS);
  expect(report.others.max, JSON.stringify(others)).toBeLessThanOrEqual(OTHERS_SHOW_WITHIN_MS);
  expect(report.nginx.max, JSON.stringify(throughNginx)).toBeLessThanOrEqual(NGINX_FRESH_WITHIN_MS);
  // The CDN is told of each publish, signed, with the article's page and the listings showing it.
  for (const { id, sectionId } of published) await purgedWith([`article:${id}`, 'listings', `section:${sectionId}`]);

  // The scheduled article: on every process's home, published once, audited once, purged.
  for (const url of SCALED.appUrls) await msUntilShown(`${url}${scheduledSection}`, scheduledTitle, Date.now(), 40_000);
  await purgedWith([`article:${scheduled.id}`, 'listings']);
  expect(auditRows('article.scheduled_publish', scheduled.id)).toBe(1);
});

test('Redis stopped: every reader still gets pages at once; restarted: what was published meanwhile reaches every process', async ({ request }) => {
  await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
  const redis = createClient({ url: `redis://127.0.0.1:${SCALED.redisPort}` });
  await redis.connect();
  const { process_id: redisPid } = Object.fromEntries(
    (await redis.info('server')).split('\r\n').map((line) => line.split(':') as [string, string]),
  ) as { process_id: string };
  redis.destroy();
  // Each process's search thread started first (another query, so the one measured below is still
  // new): its first search on CI's loaded cores took 7 s once, which is not what this test is about.
  for (const url of SCALED.appUrls) expect((await fetch(`${url}/tim-kiem?q=khoi-dong`)).status).toBe(200);
  process.kill(Number(redisPid), 'SIGKILL');

  const title = `Tin lúc Redis ngừng ${Date.now().toString(36)}`;
  await publishOn(request, SCALED.appUrls[0]!, title);
  for (const url of [...SCALED.appUrls, SCALED.nginxUrl]) {
    for (const pathname of ['/', '/tim-kiem?q=tin']) {
      const seen = await readerSees(`${url}${pathname}`, title);
      expect(seen.status, `${url}${pathname}`).toBe(200);
      expect(seen.ms, `${url}${pathname} must not wait for Redis`).toBeLessThan(3_000);
    }
  }
  // The process that published serves it at once; the others learn of it when Redis is back.
  expect((await readerSees(`${SCALED.appUrls[0]}/`, title)).shows).toBe(true);

  await startSuiteRedis();
  const back = Date.now();
  for (const url of SCALED.appUrls.slice(1)) await msUntilShown(`${url}/`, title, back, 10_000);
  // Coherent again: a publish now reaches the others within the same bound as before the outage.
  await expect.poll(async () => (await fetch(`${SCALED.appUrls[1]}/api/health`)).status).toBe(200);
  const after = `Tin sau khi Redis trở lại ${Date.now().toString(36)}`;
  await publishOn(request, SCALED.appUrls[1]!, after);
  const publishedAt = Date.now();
  for (const url of [SCALED.appUrls[0]!, SCALED.appUrls[2]!]) await msUntilShown(`${url}/`, after, publishedAt, OTHERS_SHOW_WITHIN_MS);
});

test('a crashed process is routed around by nginx and started again', async () => {
  const before = scaledProcesses();
  const victim = before.apps[1]!;
  process.kill(victim.pid!, 'SIGKILL');
  for (let i = 0; i < 20; i++) expect((await fetch(`${SCALED.nginxUrl}/tim-kiem?q=bai-${i}`)).status).toBe(200);
  await expect.poll(() => scaledProcesses().apps[1]!.pid, { timeout: 30_000 }).not.toBe(victim.pid);
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${victim.port}/api/health`).catch(() => null))?.status ?? 0, { timeout: 120_000 }).toBe(200);
});

/** Types `text` at the end of the lead and makes the editor autosave it (as leaving the tab does). */
async function typeAndAutosave(page: Page, text: string): Promise<void> {
  await page.getByLabel('Sa-pô').press('End');
  await page.getByLabel('Sa-pô').pressSequentially(text);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc|Đã tự lưu/ })).toBeVisible({ timeout: 30_000 });
  // The editor's "could not save" box (SaveProblem) is the alert offering "Lưu lại".
  await expect(page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Lưu lại' }) })).toHaveCount(0);
}

test('an editor keeps typing through a rolling restart of every process: no error, no lost word', async ({ page }) => {
  test.setTimeout(ROLLING_RESTART_WITHIN_MS + 60_000);
  await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
  const { id } = insertDraft(`Bài gõ trong lúc khởi động lại ${Date.now().toString(36)}`);
  await page.goto(`/admin/articles/${id}`);
  const before = scaledProcesses();
  const started = Date.now();
  process.kill(before.supervisor, 'SIGHUP');
  const typed: string[] = [];
  // Saves all through the restart, until start:scaled says it is done (every process replaced and
  // back in nginx), and at least three. How many fit depends on the cores' load, not on the app.
  for (let round = 0; round < 3 || scaledProcesses().rollingRestartsDone === before.rollingRestartsDone; round++) {
    expect(Date.now() - started, `the rolling restart should end within ${ROLLING_RESTART_WITHIN_MS / 1000} s`).toBeLessThan(ROLLING_RESTART_WITHIN_MS);
    const words = ` đoạn ${round}`;
    typed.push(words);
    await typeAndAutosave(page, words);
  }
  const after = scaledProcesses();
  expect(after.apps.filter((app, index) => app.pid === before.apps[index]!.pid), 'every process was replaced').toEqual([]);
  await allAppsAnswer();
  expect(storedLead(id)).toBe(`Sa-pô.${typed.join('')}`);
});

test('an article published with the import command line is on every process’s home at once, with Redis and through the server', async () => {
  const file = path.join(SCALED.dir, 'nhap.txt');
  const importAndCheck = async (label: string, env: Record<string, string | undefined>) => {
    const title = `Bài nhập ${label} ${Date.now().toString(36)}`;
    fs.writeFileSync(file, `Đoạn mở đầu của bài nhập ${label} ${title}.\n\nĐoạn thứ hai.\n`);
    const commandEnv: Record<string, string | undefined> = {
      ...process.env,
      DATABASE_PATH: SCALED.databasePath,
      MEDIA_DIR: SCALED.mediaDir,
      PORT: String(SCALED.port),
      PURGE_WEBHOOK_URL: `http://127.0.0.1:${SCALED.purgePort}/purge`,
      PURGE_WEBHOOK_SECRET: SCALED.purgeSecret,
      ...env,
    };
    for (const [name, value] of Object.entries(commandEnv)) if (value === undefined) delete commandEnv[name];
    const { stdout } = await run(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/import-articles.ts', '--publish', '--title', title, file], { env: commandEnv as NodeJS.ProcessEnv });
    const importedAt = Date.now();
    for (const url of SCALED.appUrls) await msUntilShown(`${url}/`, title, importedAt, OTHERS_SHOW_WITHIN_MS);
    // The command line tells the CDN itself, as the servers do after a newsroom change.
    const id = /^#(\d+)\t/m.exec(stdout)?.[1];
    expect(id, stdout).toBeDefined();
    await purgedWith([`article:${id}`, 'listings']);
  };
  // Every process caches the home first.
  for (const url of SCALED.appUrls) expect((await readerSees(`${url}/`, 'x')).status).toBe(200);
  await importAndCheck('qua Redis', { REDIS_URL: `redis://127.0.0.1:${SCALED.redisPort}` });
  for (const url of SCALED.appUrls) expect((await readerSees(`${url}/`, 'x')).status).toBe(200);
  // No REDIS_URL: the command asks the running server (through nginx), which passes it on.
  await importAndCheck('qua máy chủ', { REDIS_URL: undefined });
});
