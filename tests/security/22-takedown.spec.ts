import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localNginx } from '../../deploy/nginx-local';
import { E2E_BASE_URL, E2E_PORT } from '../../e2e/helpers/env';
import { formatDateTimeText, vietnamMonth } from '../../lib/vi/time';
import { Battery, report } from './cases';
import { PROXY_REFRESH_PORT, SECURITY_NGINX_PORT } from './nginx-ports';
import { articleAction, createPublished, queryOne, staffSession, type Staff } from './support';

// Takedown: a scheduled unpublish and a manual one leave the article page, home, section, feed,
// sitemaps and search within a second of their due time, straight from Next and through the
// shipped nginx config, whose cached copies the app refreshes (PROXY_REFRESH_URL) at once —
// without that refresh nginx would keep them for its whole page TTL.

const LIMIT_MS = 1_000;
// nginx's copies are replaced by re-rendering every page that showed the article, just after Next's.
const NGINX_LIMIT_MS = 2_000;
const POLL_MS = 100;

type Surface = { name: string; path: string; shows: (status: number, body: string) => boolean };

/** Every public surface that lists or shows the article. */
function surfaces(article: { id: number; title: string; path: string; section: string; token: string }): Surface[] {
  const lists = (status: number, body: string) => status === 200 && body.includes(article.path);
  const month = vietnamMonth(new Date(queryOne<{ publishedAt: number }>('SELECT published_at AS publishedAt FROM articles WHERE id = ?', article.id)!.publishedAt));
  return [
    { name: 'article', path: article.path, shows: (status, body) => status === 200 && body.includes(article.title) },
    { name: 'home', path: '/', shows: lists },
    { name: 'section', path: `/${article.section}`, shows: lists },
    { name: 'rss', path: '/rss.xml', shows: lists },
    { name: 'section rss', path: `/rss/${article.section}.xml`, shows: lists },
    { name: 'news sitemap', path: '/news-sitemap.xml', shows: lists },
    { name: 'month sitemap', path: `/sitemaps/articles/${month}.xml`, shows: lists },
    { name: 'search', path: `/tim-kiem?q=${article.token}`, shows: lists },
  ];
}

async function publishFresh(desk: Staff, label: string) {
  const token = `gobai${Date.now().toString(36)}${label}`;
  const title = `Bài gỡ ${label} ${token}`;
  const { id, version, path } = await createPublished(desk.request, title, `Nội dung ${token}.`);
  return { article: { id, title, token, section: path.split('/')[1]!, path }, version };
}

const get = async (base: string, surface: Surface) => {
  const response = await fetch(`${base}${surface.path}`, { redirect: 'manual' });
  return surface.shows(response.status, await response.text());
};

/**
 * Polls every surface on both origins until none shows the article. For each, when the first
 * request that no longer showed it was sent, in ms after `since`: the moment a reader asking got
 * the page without it (a busy machine's slow answers are not counted as takedown latency).
 */
async function whenGone(list: Surface[], origins: Record<string, string>, since: number, deadline: number) {
  const keys = Object.entries(origins).flatMap(([origin, base]) => list.map((surface) => ({ key: `${origin} ${surface.name}`, base, surface })));
  // Each surface polled on its own, so one slow page does not hold back the others' clocks.
  return Promise.all(
    keys.map(async ({ key, base, surface }) => {
      while (Date.now() < deadline) {
        const sentAt = Date.now();
        if (!(await get(base, surface))) return { key, afterMs: sentAt - since };
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return { key, afterMs: Infinity };
    }),
  );
}

/** Warms Next and nginx (twice, so nginx holds a copy) and checks everything shows the article. */
async function warm(battery: Battery, list: Surface[], origins: Record<string, string>, label: string) {
  const all = Object.entries(origins).flatMap(([origin, base]) => list.map((surface) => ({ origin, base, surface })));
  await Promise.all(all.map(({ base, surface }) => get(base, surface)));
  const shown = await Promise.all(all.map(({ base, surface }) => get(base, surface)));
  all.forEach(({ origin, surface }, i) => battery.check(shown[i]!, `${label}: ${origin} ${surface.name} does not show the article before the takedown`));
}

test.describe('22 takedown', () => {
  let dir = '';
  let nginx: ReturnType<typeof localNginx>;
  const origins = { next: E2E_BASE_URL, nginx: `http://127.0.0.1:${SECURITY_NGINX_PORT}` };
  test.beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-takedown-'));
    nginx = localNginx({ listenPort: SECURITY_NGINX_PORT, upstreamPort: E2E_PORT, dir, refreshPort: PROXY_REFRESH_PORT });
    nginx.start();
  });
  test.afterAll(() => {
    nginx.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // @alone: a deadline of a second, measured; `npm test` runs it when nothing else is using the cores.
  test('a scheduled and a manual unpublish leave every public page within a second', { tag: '@alone' }, async ({}, info) => {
    test.setTimeout(60_000);
    const battery = new Battery();
    const desk = await staffSession('editor', 'Biên Tập Gỡ Bài');
    const figures: Record<string, string> = {};

    // Both published first, so nginx's copies show both before either comes down.
    const scheduled = await publishFresh(desk, 'hen');
    const manual = await publishFresh(desk, 'tay');
    // Scheduled: due on a whole second (Vietnam time, as the editor types it) a couple of seconds
    // ahead, more on a busy machine: setting it expires Next's copies, which must be warmed again.
    const scheduledList = surfaces(scheduled.article);
    const warmStart = Date.now();
    await warm(battery, scheduledList, origins, 'scheduled');
    const lead = Math.max(2_000, 3 * (Date.now() - warmStart) + 1_000);
    const due = Math.ceil((Date.now() + lead) / 1000) * 1000;
    // Vietnam wall-clock time to the second, as the editor's field sends it ("25/11/2026 10:00:05").
    const at = formatDateTimeText(new Date(due), true);
    const set = await articleAction(desk.request, 'setUnpublishTime', { id: scheduled.article.id, version: scheduled.version, at });
    expect(set.result?.ok, set.text.slice(0, 300)).toBe(true);
    await warm(battery, scheduledList, origins, 'scheduled');
    expect(due - Date.now(), 'ms left before the due time after warming').toBeGreaterThan(200);
    const scheduledGone = await whenGone(scheduledList, origins, due, due + 12_000);

    // Manual: measured from the moment the unpublish action has answered.
    const manualList = surfaces(manual.article);
    await warm(battery, manualList, origins, 'manual');
    const unpublish = await articleAction(desk.request, 'unpublish', { id: manual.article.id, version: manual.version });
    const answered = Date.now();
    expect(unpublish.result?.ok, unpublish.text.slice(0, 300)).toBe(true);
    const manualGone = await whenGone(manualList, origins, answered, answered + 12_000);

    for (const [label, results] of [['scheduled', scheduledGone], ['manual', manualGone]] as const) {
      for (const { key, afterMs } of results) {
        const limit = key.startsWith('nginx ') ? NGINX_LIMIT_MS : LIMIT_MS;
        battery.check(afterMs <= limit, `${label}: ${key} still showed the article ${afterMs} ms after the due time`);
      }
      for (const origin of Object.keys(origins)) {
        const worst = Math.max(...results.filter((r) => r.key.startsWith(`${origin} `)).map((r) => r.afterMs));
        figures[`${label} → gone on ${origin} (worst surface)`] = `${worst} ms`;
      }
    }
    report(info, { tried: battery.tried, passed: battery.passed }, figures);
    await desk.request.dispose();
    expect(battery.failures).toEqual([]);
  });
});
