import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localNginx } from '../../deploy/nginx-local';
import { E2E_PORT } from '../../e2e/helpers/env';
import { Battery, report } from './cases';
import { PROXY_REFRESH_PORT, SECURITY_NGINX_PORT } from './nginx-ports';
import { rawGet, type RawResponse } from './raw-http';
import { queryOne } from './support';

// Cache poisoning: one request carrying a header only Next's own machinery should send must not
// change what the next plain reader gets from the shipped deploy/nginx.conf. Every URL is fresh
// (?cb=N), so each attack is a cache miss that really reaches the app and could be stored.
// The same requests straight to Next must never come back as a publicly cacheable non-page.

const STUB_PORT = E2E_PORT + 12;
const STUB_NGINX_PORT = E2E_PORT + 13;
// Within the suite's 14 ports (scripts/test.mjs puts the scaled suite's nginx right after them:
// at STUB_NGINX_PORT + 1 this one's refresh server found that port taken).
const STUB_REFRESH_PORT = E2E_PORT + 9;

const TREE = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]));
/** Headers Next (or its hosting layers) honour from a request, each with a value that triggers it. */
const INTERNAL_HEADERS: [string, string][] = [
  ['x-middleware-prefetch', '1'],
  ['x-middleware-subrequest', 'proxy:proxy:proxy:proxy:proxy'],
  ['x-nextjs-data', '1'],
  ['x-now-route-matches', '1'],
  ['next-router-prefetch', '1'],
  ['next-router-segment-prefetch', '/_tree'],
  ['next-router-state-tree', TREE],
  ['rsc', '1'],
  ['next-url', '/tim-kiem'],
  ['x-invoke-path', '/_not-found'],
  ['x-invoke-status', '404'],
  ['x-matched-path', '/_not-found'],
  ['x-middleware-rewrite', '/tim-kiem'],
  ['x-prerender-revalidate', '1'],
  ['next-resume', '1'],
];

const INTERNAL_VALUE = new Map(INTERNAL_HEADERS);

const titleCase = (name: string) => name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
const mixedCase = (name: string) => [...name].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');

const valuesOf = (value: string) => [value, ` ${value}`, `${value} `, `\t${value}`, 'true', `${value}, ${value}`];

/** 30 spellings of one header: 4 casings × 6 values, then spacing, duplicates, underscores. */
function variants(name: string, value: string): string[][] {
  const names = [name, name.toUpperCase(), titleCase(name), mixedCase(name)];
  return [
    ...names.flatMap((n) => valuesOf(value).map((v) => [`${n}: ${v}`])),
    [`${name}:${value}`],
    [`${titleCase(name)}:    ${value}    `],
    [`${name}: x`, `${name}: ${value}`],
    [`${name}: ${value}`, `${name.toUpperCase()}: ${value}`],
    [`${name.replace(/-/g, '_')}: ${value}`],
    [`${name} : ${value}`],
  ];
}

type Target = { path: string; baseline: RawResponse; marker: string };

function markerOf(body: string): string {
  return /<title>([^<]{8,})<\/title>/.exec(body)?.[1] ?? /<(rss|sitemapindex|urlset)\b/.exec(body)?.[0] ?? /Sitemap: \S+/.exec(body)?.[0] ?? body.slice(0, 40);
}

/** The full page: the plain answer's status and content type, at least 90 % of its size, its marker. */
function isFullPage(response: RawResponse, target: Target): boolean {
  return (
    response.status === target.baseline.status &&
    (response.headers['content-type'] ?? '') === (target.baseline.headers['content-type'] ?? '') &&
    response.body.length >= target.baseline.body.length * 0.9 &&
    response.body.includes(target.marker)
  );
}

/** What a shared cache honouring HTTP could store as this URL for everyone. */
function publiclyCacheable(response: RawResponse): boolean {
  const cacheControl = response.headers['cache-control'] ?? '';
  if (/private|no-store|no-cache/i.test(cacheControl)) return false;
  if (/s-maxage=[1-9]|max-age=[1-9]|public/i.test(cacheControl)) return true;
  return [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501].includes(response.status);
}

/** An RSC payload is a legitimate variant when the answer says it varies on the RSC header. */
const isDeclaredVariant = (response: RawResponse) =>
  /text\/x-component/.test(response.headers['content-type'] ?? '') && /\brsc\b/i.test(response.headers['vary'] ?? '');

function publicTargets(): string[] {
  const article = queryOne<{ id: number; slug: string; section: string }>(
    `SELECT a.id, a.slug, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id
     WHERE a.status = 'published' ORDER BY a.published_at DESC LIMIT 1`,
  )!;
  const busiest = queryOne<{ slug: string }>(
    `SELECT c.slug FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.status = 'published'
     GROUP BY c.id ORDER BY count(*) DESC LIMIT 1`,
  )!;
  const tag = queryOne<{ slug: string }>(
    `SELECT t.slug FROM tags t JOIN article_tags x ON x.tag_id = t.id JOIN articles a ON a.id = x.article_id
     WHERE a.status = 'published' LIMIT 1`,
  )!;
  const author = queryOne<{ slug: string }>(
    `SELECT au.slug FROM authors au JOIN article_bylines b ON b.author_id = au.id JOIN articles a ON a.id = b.article_id
     WHERE a.status = 'published' LIMIT 1`,
  )!;
  return [
    `/${article.section}/${article.slug}-${article.id}`,
    `/${busiest.slug}`,
    `/${busiest.slug}?trang=2`,
    `/chu-de/${tag.slug}`,
    `/tac-gia/${author.slug}`,
    '/tim-kiem?q=quoc+phong',
    '/rss.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/',
  ];
}

const withBuster = (target: string, n: number) => `${target}${target.includes('?') ? '&' : '?'}cb=${n}`;

/** Runs `work` over `items` with a few requests in flight, in order of submission. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

test.describe('11 cache poisoning', () => {
  let dir = '';
  let nginx: ReturnType<typeof localNginx>;
  test.beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-poison-'));
    // nginx's unprivileged workers must reach the cache folders inside.
    fs.chmodSync(dir, 0o755);
    nginx = localNginx({ listenPort: SECURITY_NGINX_PORT, upstreamPort: E2E_PORT, dir: path.join(dir, 'app'), refreshPort: PROXY_REFRESH_PORT });
    nginx.start();
  });
  test.afterAll(() => {
    nginx.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('internal request headers cannot poison the shared cache', async ({}, info) => {
    test.setTimeout(120_000);
    const battery = new Battery();
    const targets: Target[] = [];
    for (const target of publicTargets()) {
      const baseline = await rawGet(E2E_PORT, withBuster(target, 0));
      expect(baseline.status, `${target} answers plainly`).toBeLessThan(500);
      targets.push({ path: target, baseline, marker: markerOf(baseline.body) });
    }
    const attacks = INTERNAL_HEADERS.flatMap(([name, value]) => variants(name, value).map((lines) => ({ name, lines })));
    let counter = 1;
    const jobs = attacks.map((attack, i) => ({ ...attack, target: targets[i % targets.length]!, n: counter++ }));
    const perHeader = new Map<string, { tried: number; passed: number }>();
    let directNonPage = 0;
    const started = Date.now();
    await inParallel(jobs, 8, async ({ name, lines, target, n }) => {
      const url = withBuster(target.path, n);
      await rawGet(SECURITY_NGINX_PORT, url, lines);
      const reader = await rawGet(SECURITY_NGINX_PORT, url);
      const ok = isFullPage(reader, target);
      battery.check(ok, `${lines.join(' | ').slice(0, 80)} on ${target.path}: reader got ${reader.status}, ${reader.body.length} bytes (${reader.headers['x-cache-status']})`);
      const count = perHeader.get(name) ?? { tried: 0, passed: 0 };
      perHeader.set(name, { tried: count.tried + 1, passed: count.passed + (ok ? 1 : 0) });
      // Straight to Next (which lowercases names, so only the values matter): either the page
      // itself, or nothing a shared cache may keep as this URL.
      if (!valuesOf(INTERNAL_VALUE.get(name)!).some((v) => lines.length === 1 && lines[0] === `${name}: ${v}`)) return;
      const direct = await rawGet(E2E_PORT, withBuster(target.path, n + 100_000), lines);
      if (isFullPage(direct, target)) return;
      directNonPage += 1;
      battery.check(
        !publiclyCacheable(direct) || isDeclaredVariant(direct),
        `direct ${lines.join(' | ').slice(0, 80)} on ${target.path}: ${direct.status} ${direct.body.length} bytes, cache-control “${direct.headers['cache-control']}”`,
      );
    });
    const minimum = Math.min(...[...perHeader.values()].map((c) => c.tried));
    report(info, { tried: battery.tried, passed: battery.passed }, {
      headers: INTERNAL_HEADERS.length,
      'variants per header': minimum,
      'attacks through nginx': jobs.length,
      'direct answers that were not the page': directNonPage,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
    });
    expect(minimum).toBeGreaterThanOrEqual(30);
    expect(battery.failures.slice(0, 20)).toEqual([]);
  });

  test('nginx never stores a private, cookie-setting, skipped or fragment answer', async ({}, info) => {
    // A stand-in app answering each way the shipped config must refuse to share.
    const page = `<!DOCTYPE html><html><head><title>Trang thật</title></head><body>${'<p>Tin.</p>'.repeat(2_000)}</body></html>`;
    const answers: Record<string, [Record<string, string>, string]> = {
      '/page': [{ 'Cache-Control': 'public, s-maxage=60' }, page],
      '/private': [{ 'Cache-Control': 'private, no-store' }, page],
      '/no-cache': [{ 'Cache-Control': 'no-cache' }, page],
      '/cookie': [{ 'Cache-Control': 'public, s-maxage=60', 'Set-Cookie': 'a=b' }, page],
      '/skip': [{ 'Cache-Control': 'public, s-maxage=60', 'x-middleware-skip': '1', 'Content-Type': 'application/json' }, '{}'],
      '/fragment': [{ 'Cache-Control': 'public, s-maxage=60' }, '<p>{}</p>'],
    };
    const stub = http.createServer((request, response) => {
      const [headers, body] = answers[request.url!.split('?')[0]!] ?? [{}, 'nope'];
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
      response.end(body);
    });
    await new Promise<void>((resolve) => stub.listen(STUB_PORT, '127.0.0.1', resolve));
    const stubNginx = localNginx({ listenPort: STUB_NGINX_PORT, upstreamPort: STUB_PORT, dir: path.join(dir, 'stub'), refreshPort: STUB_REFRESH_PORT });
    stubNginx.start();
    const battery = new Battery();
    try {
      for (const route of Object.keys(answers)) {
        await rawGet(STUB_NGINX_PORT, route);
        const second = await rawGet(STUB_NGINX_PORT, route);
        const shouldStore = route === '/page';
        // Stored means answered from the cache: fresh, or stale past the 1 s PAGE_TTL while refreshed.
        const fromCache = ['HIT', 'STALE', 'UPDATING'].includes(second.headers['x-cache-status'] ?? '');
        battery.check(fromCache === shouldStore, `${route}: second request ${second.headers['x-cache-status']}`);
      }
    } finally {
      stubNginx.stop();
      stub.close();
    }
    report(info, { tried: battery.tried, passed: battery.passed });
    expect(battery.failures).toEqual([]);
  });
});
