import { expect, test } from '@playwright/test';
import { queryE2eDb } from '../helpers/auth';
import { SEED_ARTICLE } from '../helpers/seed-article';

// Readers' phones; a crawler's user agent is not counted.
const readerAgent = (n: number) =>
  `Mozilla/5.0 (Linux; Android 14; Pixel ${n}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36`;
// The server counts one view per address and article an hour, so each reader of each run comes
// from its own private address; the server reads the nearest X-Forwarded-For entry.
const network = `${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const readerAddress = (n: number) => ({ 'x-forwarded-for': `10.${network}.${n}` });

const totalViews = () => queryE2eDb<{ n: number | null }>('SELECT sum(views) AS n FROM article_views')[0]?.n ?? 0;

test.describe('Đọc nhiều', () => {
  test('rendering an article writes nothing; readers counted by the beacon rank first, bots not at all', async ({ browser, request }) => {
    const seedPath = await (async () => {
      const page = await browser.newPage();
      await page.goto('/quoc-phong-an-ninh');
      const href = await page.getByRole('link', { name: SEED_ARTICLE.title }).getAttribute('href');
      await page.close();
      return href!;
    })();
    const before = totalViews();
    for (let i = 0; i < 5; i++) expect((await request.get(seedPath)).status()).toBe(200);
    // The desktop project reports a Windows Chrome user agent, so the bot says it is one; its beacon
    // is answered before its page closes, so that it surely reached the server.
    const bot = await browser.newPage({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    const botBeacon = bot.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
    await bot.goto(seedPath);
    await botBeacon;
    await bot.close();
    // Three real readers, each counted once; the total then proves the five renders and the bot
    // added nothing. A reader's context stays open until the count shows the view: closing it can
    // abort a beacon that was sent but had not yet reached the server.
    for (let reader = 1; reader <= 3; reader++) {
      const context = await browser.newContext({ userAgent: readerAgent(reader), extraHTTPHeaders: readerAddress(reader) });
      const page = await context.newPage();
      await page.goto(seedPath);
      await expect.poll(totalViews, { timeout: 10_000 }).toBe(before + reader);
      await context.close();
    }
    // A count reaching its expected value can still be the bot's view with a reader's not yet
    // written. Views are written in batches that take all there is, in order, so once a view of
    // another article sent after every beacon above is written, so is anything they added.
    const seedId = Number(/-(\d+)$/.exec(seedPath)?.[1]);
    const [{ id: otherId } = { id: 0 }] = queryE2eDb<{ id: number }>("SELECT id FROM articles WHERE status = 'published' AND id != ? LIMIT 1", seedId);
    const viewsOf = (id: number) => queryE2eDb<{ n: number | null }>('SELECT sum(views) AS n FROM article_views WHERE article_id = ?', id)[0]?.n ?? 0;
    expect(otherId).not.toBe(0);
    const otherBefore = viewsOf(otherId);
    await request.post('/api/views', { data: String(otherId), headers: { 'user-agent': readerAgent(4), ...readerAddress(4) } });
    await expect.poll(() => viewsOf(otherId), { timeout: 10_000 }).toBe(otherBefore + 1);
    expect(totalViews()).toBe(before + 4);

    const home = await browser.newPage();
    await expect(async () => {
      await home.goto('/');
      const block = home.getByRole('region', { name: 'Đọc nhiều' });
      await expect(block.getByRole('link').first()).toHaveText(SEED_ARTICLE.title, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  });

  test('the beacon ignores junk, foreign origins and bots, and answers 204 without caching', { tag: '@requests' }, async ({ request }) => {
    const [{ id } = { id: 0 }] = queryE2eDb<{ id: number }>("SELECT id FROM articles WHERE status = 'published' LIMIT 1");
    const before = totalViews();
    const attempts: { data: string; headers: Record<string, string> }[] = [
      { data: 'not-a-number', headers: { 'user-agent': readerAgent(9) } },
      { data: '1', headers: { 'user-agent': 'curl/8.5.0' } },
      { data: '1', headers: { 'user-agent': readerAgent(8), origin: 'https://evil.example' } },
      { data: '9'.repeat(5000), headers: { 'user-agent': readerAgent(7) } },
    ];
    for (const attempt of attempts) {
      const response = await request.post('/api/views', attempt);
      expect(response.status()).toBe(204);
      expect(response.headers()['cache-control']).toContain('no-store');
    }
    // One genuine view after the junk: once it is written, the total shows the junk added nothing.
    await request.post('/api/views', { data: String(id), headers: { 'user-agent': readerAgent(6), ...readerAddress(6) } });
    await expect.poll(totalViews, { timeout: 10_000 }).toBe(before + 1);
  });
});
