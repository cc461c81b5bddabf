import { expect, test } from '@playwright/test';
import { report } from './cases';
import { anonymous, queryOne } from './support';

// "Đọc nhiều" ranks by counted views. A client that rotates its User-Agent (or its IPv6 address
// inside its /64) must still count once per article an hour; bots never count.

const reader = (n: number) => `Mozilla/5.0 (Linux; Android 14; Pixel ${n}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${100 + n}.0 Mobile Safari/537.36`;
const BOTS = ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', 'python-requests/2.31', 'Mozilla/5.0 HeadlessChrome/130.0', 'facebookexternalhit/1.1', ''];
const views = (id: number) => queryOne<{ n: number | null }>('SELECT sum(views) AS n FROM article_views WHERE article_id = ?', id)?.n ?? 0;

test('19 one counted view per address and article, whatever the User-Agent', async ({}, info) => {
  const client = await anonymous();
  const [target, sentinel] = [0, 1].map((offset) => queryOne<{ id: number }>("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ?", offset)!.id) as [number, number];
  const net = `${Math.floor(Math.random() * 250)}`;
  const beacon = (id: number, ip: string, userAgent: string) =>
    client.post('/api/views', { data: String(id), headers: { 'user-agent': userAgent, 'x-forwarded-for': ip } });
  const before = views(target);
  const sentinelBefore = views(sentinel);
  let sent = 0;
  const burst = async (requests: Promise<unknown>[]) => {
    sent += requests.length;
    await Promise.all(requests);
  };

  // 60 User-Agents from one address in one burst, then the same address written IPv4-mapped.
  const started = Date.now();
  await burst(Array.from({ length: 60 }, (_, n) => beacon(target, `198.51.${net}.7`, reader(n))));
  const burstMs = Date.now() - started;
  await burst([beacon(target, `::ffff:198.51.${net}.7`, reader(99))]);
  // A second address counts once more, however many agents it uses.
  await burst(Array.from({ length: 10 }, (_, n) => beacon(target, `198.51.${net}.8`, reader(n))));
  // Twenty addresses of one IPv6 /64 are one reader.
  await burst(Array.from({ length: 20 }, (_, n) => beacon(target, `2001:db8:${net}:1::${(n + 1).toString(16)}`, reader(n))));
  // Bots from a fresh address: none counts.
  await burst(BOTS.map((agent) => beacon(target, `198.51.${net}.9`, agent)));

  // Views are written in batches; one to another article, sent last, shows when all are in.
  await beacon(sentinel, `198.51.${net}.10`, reader(1));
  await expect.poll(() => views(sentinel), { timeout: 15_000 }).toBe(sentinelBefore + 1);
  const counted = views(target) - before;
  report(info, { tried: sent, passed: counted === 3 ? sent : 0 }, { 'beacons sent': sent, 'views counted': counted, '60-agent burst ms': burstMs });
  expect(counted, 'two IPv4 readers and one IPv6 /64 count 3 views').toBe(3);
});
