import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { localNginx } from '../../deploy/nginx-local';
import { queryE2eDb } from '../helpers/auth';
import { E2E_PORT } from '../helpers/env';
import { liveAction, openLivePage, postLive } from '../helpers/live';
import { articlePublicPath, ownerSession } from '../../tests/security/support';

// Readers' live pages: readable without JavaScript (the seed's ended demo page), "Xem thêm" as a
// plain link, structured data Google accepts, new posts that keep the reader's place, polling that
// stops at the end, and a poll answer nginx shares between readers.

const DEMO_TITLE = 'Tường thuật trực tiếp: Hội thao quân sự toàn quân (bài mẫu)';
const demoPath = () => articlePublicPath(queryE2eDb<{ id: number }>('SELECT id FROM articles WHERE title = ?', DEMO_TITLE)[0]!.id);

/** Hides or shows the tab as the browser would tell the page (a headless page is always visible). */
async function setVisibility(reader: Page, state: 'hidden' | 'visible'): Promise<void> {
  await reader.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/**
 * Counts the page's polls from their request until the page has handled their answer and chosen
 * when to ask next (that runs in the same microtasks as the answer's JSON, so by the next task
 * it is done). A response event alone does not say the page has read it.
 */
async function countUnsettledPolls(reader: Page): Promise<() => Promise<number>> {
  await reader.addInitScript(() => {
    const send = window.fetch.bind(window);
    let unsettled = 0;
    Object.assign(window, { unsettledLivePolls: () => unsettled });
    window.fetch = async (input, init) => {
      if (!String(input).includes('/api/live/')) return send(input, init);
      unsettled += 1;
      const response = await send(input, init);
      const json = response.json.bind(response);
      response.json = () => json().finally(() => (unsettled -= 1));
      return response;
    };
  });
  return () => reader.evaluate(() => (window as unknown as { unsettledLivePolls: () => number }).unsettledLivePolls());
}

async function pollOnce(reader: Page): Promise<void> {
  const answered = reader.waitForResponse((response) => response.url().includes('/api/live/'));
  await reader.clock.runFor(10_000);
  await answered;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the demo live page shows its summary, key events, pinned post and posts, and Xem thêm opens older ones', async ({ page }) => {
    const path = demoPath();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);
    await expect(page.getByRole('heading', { name: /Đã kết thúc\s+Tường thuật/ })).toBeVisible();
    const keyEvents = page.getByRole('navigation', { name: 'Diễn biến chính' }).getByRole('link');
    await expect(keyEvents).toHaveCount(4);
    for (const href of await keyEvents.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${path}#post-\\d+$`));
    }
    await expect(page.getByRole('complementary', { name: 'Cập nhật được ghim' })).toContainText('Trang tường thuật mẫu kết thúc');
    const posts = page.getByRole('list', { name: 'Các cập nhật' }).getByRole('article');
    await expect(posts).toHaveCount(10);
    await expect(posts.first()).toContainText('Trang tường thuật mẫu kết thúc');
    await expect(posts.first()).toHaveAttribute('id', /^post-\d+$/);

    await page.getByRole('link', { name: 'Xem thêm' }).click();
    await expect(page).toHaveURL(/\?truoc=\d+$/);
    await expect(page.getByRole('heading', { name: 'Các cập nhật trước' })).toBeVisible();
    const older = page.getByRole('list', { name: 'Các cập nhật' }).getByRole('article');
    await expect(older).toHaveCount(5);
    await expect(older.last()).toContainText('Chào bạn đọc');
    await expect(page.getByRole('link', { name: 'Xem thêm' })).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
  });
});

test("the structured data is a LiveBlogPosting with Google's required properties", async ({ request }) => {
  const html = await (await request.get(demoPath())).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => [JSON.parse(m[1]!)].flat());
  const live = blocks.find((block) => block['@type'] === 'LiveBlogPosting');
  expect(live, 'a LiveBlogPosting block').toBeDefined();
  expect(live).toMatchObject({ headline: DEMO_TITLE, coverageStartTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), coverageEndTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  expect(Date.parse(live.coverageEndTime)).toBeGreaterThan(Date.parse(live.coverageStartTime));
  expect(live.liveBlogUpdate.length).toBeGreaterThanOrEqual(10);
  for (const update of live.liveBlogUpdate) {
    expect(update).toMatchObject({ '@type': 'BlogPosting', headline: expect.any(String), datePublished: expect.any(String), articleBody: expect.any(String) });
    expect(update.headline.length).toBeGreaterThan(0);
    expect(update.articleBody.length).toBeGreaterThan(0);
  }
});

test('new posts wait behind a button and keep the reader in place; edits and deletions apply; a hidden tab polls once a minute; polling stops when the live ends', async ({ page }) => {
  const desk = await ownerSession();
  const live = await openLivePage(desk, `Trực tiếp giữ chỗ đọc ${Date.now()}`);
  const ids: number[] = [];
  for (let i = 1; i <= 8; i += 1) ids.push(await postLive(desk, live.id, `Cập nhật số ${i}. ${'Nội dung dài để trang cuộn được. '.repeat(12)}`));
  await page.setViewportSize({ width: 390, height: 700 });
  const unsettledPolls = await countUnsettledPolls(page);
  await page.clock.install();
  await page.goto(live.path);

  // The reader is in the middle of the stream, reading update 5.
  const reading = page.locator(`#post-${ids[4]}`);
  await reading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -40));
  const topBefore = await reading.evaluate((element) => element.getBoundingClientRect().top);

  const fresh = await postLive(desk, live.id, 'Tin mới nhất vừa đến');
  expect((await liveAction(desk, 'editLivePostAction', { postId: ids[7], version: 1, text: 'Cập nhật số 8 (đã sửa)' }, live.id)).result?.ok).toBe(true);
  // A post above the one being read is deleted: it leaves the page, and the reader stays put.
  expect((await liveAction(desk, 'deleteLivePostAction', { postId: ids[6] }, live.id)).result?.ok).toBe(true);
  await pollOnce(page);
  await expect(page.getByRole('button', { name: '1 cập nhật mới' })).toBeVisible();
  await expect(page.locator(`#post-${ids[7]}`)).toContainText('Cập nhật số 8 (đã sửa)');
  await expect(page.locator(`#post-${ids[6]}`)).toHaveCount(0);
  await expect(page).toHaveTitle(/^\(1\) /);
  expect(Math.abs((await reading.evaluate((element) => element.getBoundingClientRect().top)) - topBefore)).toBeLessThanOrEqual(1);
  expect(queryE2eDb<{ action: string }>("SELECT action FROM audit_log WHERE target_id = ? AND action IN ('article.live_post_edit', 'article.live_post_delete') ORDER BY id", live.id).map((r) => r.action)).toEqual([
    'article.live_post_edit',
    'article.live_post_delete',
  ]);

  await page.getByRole('button', { name: '1 cập nhật mới' }).click();
  await expect(page.locator(`#post-${fresh}`)).toBeAttached();
  expect(Math.abs((await reading.evaluate((element) => element.getBoundingClientRect().top)) - topBefore)).toBeLessThanOrEqual(1);

  let polls = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/live/')) polls += 1;
  });
  // From here only runFor moves the page's clock. Paused a moment ahead of the page's time: by the
  // time pauseAt arrives the page's clock has moved on (on CI's loaded cores more than a
  // millisecond: "Cannot fast-forward to the past"). A poll the jump (or the running clock before
  // it) sent is let finish while the tab is still visible, so the next one is armed for the
  // visible cadence; one answered after the tab is hidden would rightly wait a minute.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 2_000));
  await expect.poll(unsettledPolls).toBe(0);
  // Hidden: the poll already due (armed while visible) still comes, then one a minute, not six.
  await setVisibility(page, 'hidden');
  await postLive(desk, live.id, 'Cập nhật khi tab ẩn');
  await page.clock.runFor(10_000);
  await expect(page.getByRole('button', { name: '1 cập nhật mới' })).toBeVisible();
  await expect(page).toHaveTitle(/^\(1\) /);
  polls = 0;
  await postLive(desk, live.id, 'Cập nhật thứ hai khi tab ẩn');
  await page.clock.runFor(59_000);
  expect(polls, 'polls in a hidden tab within a minute of the last').toBe(0);
  await page.clock.runFor(1_000);
  await expect(page.getByRole('button', { name: '2 cập nhật mới' })).toBeVisible();
  expect(polls).toBe(1);
  // Shown again: it asks at once.
  await postLive(desk, live.id, 'Cập nhật khi quay lại tab');
  await setVisibility(page, 'visible');
  await expect(page.getByRole('button', { name: '3 cập nhật mới' })).toBeVisible();
  expect(polls).toBe(2);

  await liveAction(desk, 'endLiveAction', { id: live.id }, live.id);
  await pollOnce(page);
  await expect(page.getByRole('status').filter({ hasText: 'Tường thuật đã kết thúc' })).toBeVisible();
  polls = 0;
  await page.clock.runFor(5 * 60_000);
  await setVisibility(page, 'hidden');
  await setVisibility(page, 'visible');
  expect(polls).toBe(0);
});

test('the poll answer is public, cached briefly, and shared by nginx', { tag: '@requests' }, async ({ request }) => {
  const desk = await ownerSession();
  const live = await openLivePage(desk, `Trực tiếp qua nginx ${Date.now()}`);
  const firstPost = await postLive(desk, live.id, 'Bài đầu');
  const answer = await request.get(`/api/live/${live.id}?sau=0`);
  expect(answer.headers()['cache-control']).toBe('public, max-age=0, s-maxage=3, stale-while-revalidate=1');
  expect(await answer.json()).toMatchObject({ ended: false, posts: [expect.objectContaining({ html: expect.stringContaining('Bài đầu') })], removed: [] });
  expect((await request.get(`/api/live/${live.id}?sau=abc`)).status()).toBe(400);
  expect((await request.get(`/api/live/999999999?sau=0`)).status()).toBe(404);

  // The page offers its posts as a feed, each item linking to its post's anchor.
  const page = await (await request.get(live.path)).text();
  const feedLink = page.match(/<link rel="alternate" type="application\/rss\+xml"[^>]*>/g)?.find((link) => link.includes('— Tường thuật trực tiếp"'));
  const feedUrl = feedLink && /href="([^"]+)"/.exec(feedLink)?.[1];
  expect(feedUrl, 'the live feed linked from <head>').toMatch(new RegExp(`/rss/truc-tiep/${live.id}\\.xml$`));
  const feed = await new Parser().parseString(await (await request.get(feedUrl!)).text());
  expect(feed.items.map(({ link, content }) => ({ link, content }))).toEqual([{ link: expect.stringMatching(new RegExp(`${live.path}#post-${firstPost}$`)), content: 'Bài đầu' }]);
  expect((await request.get(`/rss/truc-tiep/999999999.xml`)).status()).toBe(404);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-nginx-live-'));
  const nginx = localNginx({ listenPort: E2E_PORT + 1003, refreshPort: E2E_PORT + 2003, upstreamPort: E2E_PORT, dir });
  await nginx.start();
  try {
    const url = `${nginx.url}/api/live/${live.id}?sau=0`;
    expect((await request.get(url)).headers()['x-cache-status']).toBe('MISS');
    expect((await request.get(url)).headers()['x-cache-status']).toBe('HIT');
  } finally {
    nginx.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
