import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildRss, type FeedItem } from './rss';

const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  title: `Tin số ${n}: giá xăng & dầu <giảm>`,
  lead: `Sa pô ${n} — người dân "vui mừng".`,
  url: `https://toasoan.vn/kinh-te/tin-${n}`,
  guid: `https://toasoan.vn/kinh-te/tin-${n}`,
  publishedAt: new Date(Date.UTC(2026, 10, 25, n)),
  category: { name: 'Kinh tế', url: 'https://toasoan.vn/kinh-te' },
  authors: ['Nguyễn Thu Hà'],
  image: null,
  ...extra,
});

describe('RSS', () => {
  it('sends a lead that looks like markup as text, never as HTML', async () => {
    const xml = buildRss({
      title: 'Tòa soạn',
      description: 'Tin',
      link: 'https://toasoan.vn/',
      self: 'https://toasoan.vn/rss.xml',
      imageUrl: 'https://toasoan.vn/logo-square.png',
      copyright: '© Tòa soạn',
      items: [item(1, { lead: '<img src=x onerror=alert(1)> & "chào"' })],
    });
    expect(xml).not.toContain('<img');
    const [first] = (await new Parser().parseString(xml)).items;
    expect(first!.content).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; "chào"');
  });

  it('parses with a real feed reader and carries title, lead, link, guid, date, category, author and enclosure', async () => {
    const xml = buildRss({
      title: 'Tòa soạn — Kinh tế',
      description: 'Tin kinh tế',
      link: 'https://toasoan.vn/kinh-te',
      self: 'https://toasoan.vn/rss/kinh-te.xml',
      imageUrl: 'https://toasoan.vn/logo-square.png',
      copyright: '© Tòa soạn',
      items: [item(2, { image: { url: 'https://toasoan.vn/media/2026/11/a.jpg', type: 'image/jpeg', length: 12345 } }), item(1)],
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Tòa soạn — Kinh tế');
    expect(feed.language).toBe('vi');
    expect(feed.lastBuildDate).toBe(new Date(Date.UTC(2026, 10, 25, 2)).toUTCString());
    const [first] = feed.items;
    expect(first).toMatchObject({
      title: 'Tin số 2: giá xăng & dầu <giảm>',
      link: 'https://toasoan.vn/kinh-te/tin-2',
      guid: 'https://toasoan.vn/kinh-te/tin-2',
      content: 'Sa pô 2 — người dân "vui mừng".',
      categories: [{ _: 'Kinh tế', $: { domain: 'https://toasoan.vn/kinh-te' } }],
      creator: 'Nguyễn Thu Hà',
      enclosure: { url: 'https://toasoan.vn/media/2026/11/a.jpg', type: 'image/jpeg', length: '12345' },
    });
    expect(new Date(first!.pubDate!).toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(feed.items[1]!.enclosure).toBeUndefined();
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  });
});
