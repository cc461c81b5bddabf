import { execFile } from 'node:child_process';
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
import { SCALED, scaledProcesses } from './scaled-env';

// npm run start:scaled with three app processes behind nginx, sharing their cache through Redis
// (lib/cache/cache-handler.mjs): what one process publishes, the others serve within a second;
// Redis stopped costs no reader a page and coherence comes back with it; a crashed process is
// routed around and restarted; an editor keeps typing through a rolling restart; the import
// command line's publish reaches every process.

const run = promisify(execFile);
// Through nginx a page is kept for its TTL (deploy/nginx.conf, 10 s), then refreshed.
const NGINX_FRESH_WITHIN_MS = 12_000;
const OTHERS_SHOW_WITHIN_MS = 5_000;

function database() {
  const db = new Database(SCALED.databasePath);
  registerSearchFunctions(db);
  db.pragma('busy_timeout = 5000');
  return db;
}

/** A draft ready to publish (a headline, a lead, a body); returns its id and version. */
function insertDraft(title: string): { id: number; version: number; sectionId: number } {
  const db = database();
  try {
    const { id: sectionId } = db.prepare('SELECT id FROM sections ORDER BY id LIMIT 1').get() as { id: number };
    const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Thân bài của ${title}.` }] }] });
    const slug = `mo-rong-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const row = db
      .prepare("INSERT INTO articles (title, slug, lead, body, status, needs_headline, section_id) VALUES (?, ?, 'Sa-pô.', ?, 'draft', 0, ?) RETURNING id, version")
      .get(title, slug, body, sectionId) as { id: number; version: number };
    return { ...row, sectionId };
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

/** Publishes a draft through one app process's publish Server Action, as its editor page would. */
async function publishOn(request: APIRequestContext, appUrl: string, title: string): Promise<void> {
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

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await allAppsAnswer();
});

// The Redis test starts a redis-server of its own in place of the config's: stopped here.
test.afterAll(async () => {
  const redis = createClient({ url: `redis://127.0.0.1:${SCALED.redisPort}` });
  redis.on('error', () => {});
  await redis.connect().then(() => redis.sendCommand(['SHUTDOWN', 'NOSAVE'])).catch(() => {});
  redis.destroy();
});

test('a publish on one process is on the others’ home at their next request, and through nginx; 20 publishes measured', async ({ request }) => {
  await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
  // Every process has the home cached before each publish: what it serves afterwards is either
  // its stale copy or the expiry reaching it.
  const others: number[] = [];
  const throughNginx: number[] = [];
  for (let n = 0; n < 20; n++) {
    const [a, ...rest] = [SCALED.appUrls[n % 3]!, SCALED.appUrls[(n + 1) % 3]!, SCALED.appUrls[(n + 2) % 3]!];
    const title = `Tin mở rộng số ${n} ${Date.now().toString(36)}`;
    for (const url of rest) expect((await readerSees(`${url}/`, title)).status).toBe(200);
    await publishOn(request, a, title);
    const publishedAt = Date.now();
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
  const report = { others: { p50: percentile(others, 50), max: Math.max(...others) }, nginx: { p50: percentile(throughNginx, 50), max: Math.max(...throughNginx) }, rssMb };
  console.log(`publish on A visible on B/C (ms): ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'publish-visible-ms', description: JSON.stringify(report) });
  // Without the shared cache the others serve their old home for its revalidate time (5 minutes).
  // The expiry itself arrives in milliseconds; the bound leaves room for the render, which on CI's
  // two loaded cores took up to 3 s (p50 0.5–1.3 s in runs at load 22).
  expect(report.others.max, JSON.stringify(others)).toBeLessThanOrEqual(OTHERS_SHOW_WITHIN_MS);
});

test('Redis stopped: every reader still gets pages at once; restarted: what was published meanwhile reaches every process', async ({ request }) => {
  await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
  const redis = createClient({ url: `redis://127.0.0.1:${SCALED.redisPort}` });
  await redis.connect();
  const { process_id: redisPid } = Object.fromEntries(
    (await redis.info('server')).split('\r\n').map((line) => line.split(':') as [string, string]),
  ) as { process_id: string };
  redis.destroy();
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

  const restarted = execFile('redis-server', ['--port', String(SCALED.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', SCALED.dir]);
  try {
    const back = Date.now();
    for (const url of SCALED.appUrls.slice(1)) await msUntilShown(`${url}/`, title, back, 10_000);
    // Coherent again: a publish now reaches the others within a second, as before the outage.
    await expect.poll(async () => (await fetch(`${SCALED.appUrls[1]}/api/health`)).status).toBe(200);
    const after = `Tin sau khi Redis trở lại ${Date.now().toString(36)}`;
    await publishOn(request, SCALED.appUrls[1]!, after);
    const publishedAt = Date.now();
    for (const url of [SCALED.appUrls[0]!, SCALED.appUrls[2]!]) await msUntilShown(`${url}/`, after, publishedAt, OTHERS_SHOW_WITHIN_MS);
  } finally {
    // Left running for the tests after this one (stopped in afterAll).
    restarted.unref();
  }
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
  await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
  const { id } = insertDraft(`Bài gõ trong lúc khởi động lại ${Date.now().toString(36)}`);
  await page.goto(`/admin/articles/${id}`);
  const before = scaledProcesses();
  process.kill(before.supervisor, 'SIGHUP');
  const typed: string[] = [];
  // Until every process has been replaced (and for at least three saves).
  for (let round = 0; round < 3 || scaledProcesses().apps.some((app, index) => app.pid === before.apps[index]!.pid); round++) {
    const words = ` đoạn ${round}`;
    typed.push(words);
    await typeAndAutosave(page, words);
    expect(round, 'the rolling restart should end within 40 rounds').toBeLessThan(40);
  }
  await allAppsAnswer();
  expect(storedLead(id)).toBe(`Sa-pô.${typed.join('')}`);
});

test('an article published with the import command line is on every process’s home at once, with Redis and through the server', async () => {
  const file = path.join(SCALED.dir, 'nhap.txt');
  const importAndCheck = async (label: string, env: Record<string, string | undefined>) => {
    const title = `Bài nhập ${label} ${Date.now().toString(36)}`;
    fs.writeFileSync(file, `Đoạn mở đầu của bài nhập ${label} ${title}.\n\nĐoạn thứ hai.\n`);
    const commandEnv: Record<string, string | undefined> = { ...process.env, DATABASE_PATH: SCALED.databasePath, MEDIA_DIR: SCALED.mediaDir, PORT: String(SCALED.port), ...env };
    for (const [name, value] of Object.entries(commandEnv)) if (value === undefined) delete commandEnv[name];
    await run(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/import-articles.ts', '--publish', '--title', title, file], { env: commandEnv as NodeJS.ProcessEnv });
    const importedAt = Date.now();
    for (const url of SCALED.appUrls) await msUntilShown(`${url}/`, title, importedAt, OTHERS_SHOW_WITHIN_MS);
  };
  // Every process caches the home first.
  for (const url of SCALED.appUrls) expect((await readerSees(`${url}/`, 'x')).status).toBe(200);
  await importAndCheck('qua Redis', { REDIS_URL: `redis://127.0.0.1:${SCALED.redisPort}` });
  for (const url of SCALED.appUrls) expect((await readerSees(`${url}/`, 'x')).status).toBe(200);
  // No REDIS_URL: the command asks the running server (through nginx), which passes it on.
  await importAndCheck('qua máy chủ', { REDIS_URL: undefined });
});
