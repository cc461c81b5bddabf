import { describe, expect, it } from 'vitest';
import { HOUR_MS, MAX_REMEMBERED_VIEWS, ViewBuffer } from './view-buffer';
import { isBotUserAgent } from './bots';

describe('ViewBuffer', () => {
  it('counts one view per visitor per article per hour', () => {
    const buffer = new ViewBuffer();
    const t = 1_700_000_000_000;
    expect(buffer.add(1, 'a', t)).toBe(true);
    expect(buffer.add(1, 'a', t + 1000)).toBe(false);
    expect(buffer.add(1, 'b', t)).toBe(true);
    expect(buffer.add(2, 'a', t)).toBe(true);
    expect(buffer.add(1, 'a', t + HOUR_MS)).toBe(true);
    const hour = Math.floor(t / HOUR_MS);
    expect(buffer.drain().sort((x, y) => x.articleId - y.articleId || x.hour - y.hour)).toEqual([
      { articleId: 1, hour, views: 2 },
      { articleId: 1, hour: hour + 1, views: 1 },
      { articleId: 2, hour, views: 1 },
    ]);
    expect(buffer.pending).toBe(0);
  });

  it('dedupes over a rolling hour, not the clock hour', () => {
    const buffer = new ViewBuffer();
    const endOfHour = 1_700_000_000_000 - (1_700_000_000_000 % HOUR_MS) + HOUR_MS - 1000;
    expect(buffer.add(1, 'a', endOfHour)).toBe(true);
    expect(buffer.add(1, 'a', endOfHour + 2000)).toBe(false);
    expect(buffer.add(1, 'a', endOfHour + HOUR_MS - 1)).toBe(false);
    expect(buffer.add(1, 'a', endOfHour + HOUR_MS)).toBe(true);
  });

  it('forgets pairs after an hour and never remembers more than the cap', () => {
    const buffer = new ViewBuffer();
    const t = 1_700_000_000_000;
    for (let i = 0; i < 1000; i++) buffer.add(i, 'a', t);
    expect(buffer.remembered).toBe(1000);
    buffer.add(1, 'b', t + HOUR_MS);
    expect(buffer.remembered).toBe(1);
    for (let i = 0; i < MAX_REMEMBERED_VIEWS + 10; i++) buffer.add(i, 'c', t + HOUR_MS + 1);
    expect(buffer.remembered).toBe(MAX_REMEMBERED_VIEWS);
    // Flooding the memory does not reset it: the newest pairs are still refused.
    expect(buffer.add(MAX_REMEMBERED_VIEWS + 9, 'c', t + HOUR_MS + 2)).toBe(false);
  });
});

describe('isBotUserAgent', () => {
  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0 Safari/537.36',
    'curl/8.5.0',
    'facebookexternalhit/1.1',
    '',
  ])('treats %s as a bot', (ua) => expect(isBotUserAgent(ua)).toBe(true));

  it.each([
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  ])('counts %s as a reader', (ua) => expect(isBotUserAgent(ua)).toBe(false));
});
