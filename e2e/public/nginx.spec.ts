import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localNginx, PAGE_TTL_SECONDS } from '../../deploy/nginx-local';
import { signIn } from '../helpers/auth';
import { newStaff } from '../helpers/articles';
import { E2E_PORT } from '../helpers/env';
import { SEED_ARTICLE } from '../helpers/seed-article';
import { createPublished, staffSession } from '../../tests/security/support';

// deploy/nginx.conf in front of the production build, as a private nginx on loopback.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-nginx-'));
// E2E_PORT is this worker's server; the refresh server stays clear of the next worker's nginx.
const nginx = localNginx({ listenPort: E2E_PORT + 1000, refreshPort: E2E_PORT + 2000, upstreamPort: E2E_PORT, dir });

test.describe('behind nginx', () => {
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(() => nginx.start());
  test.afterAll(() => {
    nginx.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('serves readers from its cache and hides internal Next.js headers', { tag: '@requests' }, async ({ request }) => {
    const first = await request.get(`${nginx.url}/quoc-phong-an-ninh`);
    expect(first.status()).toBe(200);
    const second = await request.get(`${nginx.url}/quoc-phong-an-ninh`);
    // From the cache: fresh, or (when a new second began between the two requests) stale while
    // one background request refreshes it.
    expect(['HIT', 'STALE', 'UPDATING']).toContain(second.headers()['x-cache-status']);
    expect(await second.text()).toContain(SEED_ARTICLE.title);
    // A CDN in front purges by these (ADR 12): the section's own tag and the site-wide ones.
    expect(second.headers()['surrogate-key']).toMatch(/(^| )section:\d+( |$)/);
    expect(second.headers()['cache-tag']?.split(',')).toEqual(expect.arrayContaining(['sections', 'breaking']));
    for (const header of ['x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'x-powered-by', 'x-accel-expires']) {
      expect(second.headers()[header], header).toBeUndefined();
    }
  });

  test('keeps a page until the end of the second the app made it in, and never keeps an error', { tag: '@requests' }, async ({ request }) => {
    // A key of its own, so this request stores it.
    const url = `${nginx.url}/quoc-phong-an-ninh?ban-sao=${Date.now()}`;
    const stored = await request.get(url);
    expect(stored.headers()['x-cache-status']).toBe('MISS');
    // nginx sent it in this second or later than the app made it. With `proxy_cache_valid 1s`
    // alone the copy was fresh through the whole next second as well (a publish then took up to
    // 2 s to show here).
    const sentInSecond = Date.parse(stored.headers()['date']!) / 1000;
    const nextSecond = (sentInSecond + 1) * 1000 + 50;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextSecond - Date.now())));
    const later = await request.get(url);
    expect(later.status()).toBe(200);
    expect(['STALE', 'UPDATING', 'EXPIRED']).toContain(later.headers()['x-cache-status']);
    // A status proxy_cache_valid does not list (here the app's 400 for a path that is not UTF-8)
    // is asked of the app every time.
    const malformed = `${nginx.url}/%C0%AF-${Date.now()}`;
    expect((await request.get(malformed)).status()).toBe(400);
    const again = await request.get(malformed);
    expect(again.status()).toBe(400);
    expect(again.headers()['x-cache-status']).toBe('MISS');
  });

  test('keys photos by path alone: a query string never reaches the app', { tag: '@requests' }, async ({ request }) => {
    const home = await (await request.get(`${nginx.url}/`)).text();
    const photo = /\/media\/[^"?\s]+\.webp/.exec(home)?.[0];
    expect(photo, 'the home shows a demo photo').toBeDefined();
    expect((await request.get(`${nginx.url}${photo}`)).status()).toBe(200);
    for (const query of ['?x=1', `?nocache=${Date.now()}`, '?w=3840&q=100']) {
      const again = await request.get(`${nginx.url}${photo}${query}`);
      expect(again.status()).toBe(200);
      expect(again.headers()['x-cache-status'], query).toBe('HIT');
    }
  });

  test('never caches the newsroom, nor public pages for signed-in staff', { tag: '@requests' }, async ({ playwright }) => {
    const staff = await newStaff('editor', 'Biên Tập Nginx');
    const context = await playwright.request.newContext({ baseURL: nginx.url });
    const login = await context.get('/admin/login');
    expect(login.headers()['x-cache-status']).toBeUndefined();
    expect(login.headers()['cache-control']).toContain('no-store');
    await signIn(context, staff.email, staff.password);
    await context.get('/quoc-phong-an-ninh');
    const asStaff = await context.get('/quoc-phong-an-ninh');
    expect(asStaff.headers()['x-cache-status']).toBe('BYPASS');
    await context.dispose();
  });

  test(`a publish is visible through nginx within its ${PAGE_TTL_SECONDS} s page TTL`, { tag: '@requests' }, async ({ request }) => {
    const before = await request.get(`${nginx.url}/`);
    expect(before.status()).toBe(200);
    await request.get(`${nginx.url}/`); // now cached at nginx
    // Through the editor's actions (its buttons: articles-workflow.spec.ts).
    const desk = await staffSession('editor', 'Biên Tập Tin Nóng');
    const title = `Tin nóng qua nginx ${Date.now()}`;
    await createPublished(desk.request, title, 'Nội dung tin nóng.');
    await desk.request.dispose();
    await expect
      .poll(async () => (await request.get(`${nginx.url}/`)).text(), { timeout: (PAGE_TTL_SECONDS + 5) * 1000, intervals: [500] })
      .toContain(title);
  });
});

test('answers readers with a Vietnamese page, no JavaScript needed, when the app is down', { tag: '@requests' }, async ({ request }) => {
  const downDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-nginx-down-'));
  // Nothing listens on the upstream port: every page the cache does not hold is a 502.
  const down = localNginx({ listenPort: E2E_PORT + 3000, refreshPort: E2E_PORT + 4000, upstreamPort: E2E_PORT + 5000, dir: downDir });
  down.start();
  try {
    for (const pathname of ['/', '/quoc-phong-an-ninh', '/chu-de/bai-mau?trang=2']) {
      const response = await request.get(`${down.url}${pathname}`);
      expect(response.status(), pathname).toBe(502);
      expect(response.headers()['content-type']).toContain('text/html');
      expect(response.headers()['cache-control']).toContain('no-store');
      const html = await response.text();
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('<h1>Trang tạm thời gián đoạn</h1>');
      expect(html).not.toContain('<script');
    }
    // The fallback is internal: it has no address of its own.
    expect((await request.get(`${down.url}/_loi-tam-thoi`)).status()).toBe(404);
  } finally {
    down.stop();
    fs.rmSync(downDir, { recursive: true, force: true });
  }
});

test('starts again after it was killed, though it left its filler socket behind', { tag: '@requests' }, async ({ request }) => {
  const killedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-nginx-killed-'));
  const killed = localNginx({ listenPort: E2E_PORT + 3005, refreshPort: E2E_PORT + 4005, upstreamPort: E2E_PORT, dir: killedDir });
  killed.start();
  try {
    expect((await request.get(`${killed.url}/`)).status()).toBe(200);
    // As a crash or `kill -9` would leave it: no clean stop, so nginx removes nothing.
    // Held first, so it cannot start new workers in place of the killed ones.
    const master = Number(fs.readFileSync(path.join(killedDir, 'nginx.pid'), 'utf8'));
    process.kill(master, 'SIGSTOP');
    spawnSync('pkill', ['-KILL', '-P', String(master)]);
    process.kill(master, 'SIGKILL');
    // Gone, or a zombie (which holds no socket) until something reaps it.
    const running = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    await expect.poll(() => running(master)).toBe(false);
    expect(fs.existsSync(path.join(killedDir, 'fill.sock'))).toBe(true);
    fs.rmSync(path.join(killedDir, 'nginx.pid'));
    killed.start();
    expect((await request.get(`${killed.url}/`)).status()).toBe(200);
  } finally {
    killed.stop();
    fs.rmSync(killedDir, { recursive: true, force: true });
  }
});
