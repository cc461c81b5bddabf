import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRss, type FeedItem } from './rss';

const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  title: `Tin số ${n}: giá xăng & dầu <giảm>`,
  lead: `Sa pô ${n} — người dân "vui mừng".`,
  url: `https://toasoan.vn/kinh-te/tin-${n}`,
  guid: `https://toasoan.vn/kinh-te/tin-${n}`,
  publishedAt: new Date(Date.UTC(2026, 10, 25, n)),
  section: { name: 'Kinh tế', url: 'https://toasoan.vn/kinh-te' },
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
      updatedAt: new Date(0),
      items: [item(1, { lead: '<img src=x onerror=alert(1)> & "chào"' })],
    });
    expect(xml).not.toContain('<img');
    const [first] = (await new Parser().parseString(xml)).items;
    expect(first!.content).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; "chào"');
  });

  it('parses with a real feed reader and carries title, lead, link, guid, date, category (the section), author and enclosure', async () => {
    const xml = buildRss({
      title: 'Tòa soạn — Kinh tế',
      description: 'Tin kinh tế',
      link: 'https://toasoan.vn/kinh-te',
      self: 'https://toasoan.vn/rss/kinh-te.xml',
      imageUrl: 'https://toasoan.vn/logo-square.png',
      copyright: '© Tòa soạn',
      updatedAt: new Date(Date.UTC(2026, 10, 25, 2, 30)),
      items: [item(2, { image: { url: 'https://toasoan.vn/media/2026/11/a.jpg', type: 'image/jpeg', length: 12345 } }), item(1)],
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Tòa soạn — Kinh tế');
    expect(feed.language).toBe('vi');
    expect(feed.lastBuildDate).toBe(new Date(Date.UTC(2026, 10, 25, 2, 30)).toUTCString());
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

describe('RSS text fields', () => {
  const hostile = {
    title: '<svg/onload=alert(1)> ]]> & "Tết" \'xuân\'',
    lead: '<img src=x onerror=alert(2)> ]]> & chào',
    section: '<b>Kinh tế</b> & "đời sống"',
    authors: ['<script>alert(3)</script>', 'Trần & <Lê>'],
    channel: 'Tòa soạn <i>số</i> & ]]>',
  };
  const xml = buildRss({
    title: hostile.channel,
    description: hostile.channel,
    link: 'https://toasoan.vn/?a=1&b=2',
    self: 'https://toasoan.vn/rss.xml',
    imageUrl: 'https://toasoan.vn/logo-square.png',
    copyright: `© ${hostile.channel}`,
    updatedAt: new Date(0),
    items: [item(1, { title: hostile.title, lead: hostile.lead, section: { name: hostile.section, url: 'https://toasoan.vn/kinh-te?x=1&y=<2>' }, authors: hostile.authors })],
  });

  it('writes no CDATA and no markup but its own', () => {
    expect(xml).not.toContain('CDATA');
    for (const tag of ['<svg', '<img', '<script', '<b>', '<i>', '<Lê>']) expect(xml).not.toContain(tag);
  });

  it('gives back the literal text through rss-parser', async () => {
    const feed = await new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } }).parseString(xml);
    expect(feed.title).toBe(hostile.channel);
    const [first] = feed.items as (Parser.Item & { creators: string[] })[];
    expect(first!.title).toBe(hostile.title);
    expect(first!.categories).toEqual([{ _: hostile.section, $: { domain: 'https://toasoan.vn/kinh-te?x=1&y=<2>' } }]);
    expect(first!.creators).toEqual(hostile.authors);
    // The description is HTML (feed readers render it); as HTML it is the lead, as text.
    expect(first!.content).toBe('&lt;img src=x onerror=alert(2)&gt; ]]&gt; &amp; chào');
  });

  it('gives back the literal text through fast-xml-parser', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml);
    const channel = parsed.rss.channel;
    expect(channel.title).toBe(hostile.channel);
    expect(channel.copyright).toBe(`© ${hostile.channel}`);
    expect(channel.link).toBe('https://toasoan.vn/?a=1&b=2');
    expect(channel.item.title).toBe(hostile.title);
    expect(channel.item.category['#text']).toBe(hostile.section);
    expect(channel.item['dc:creator']).toEqual(hostile.authors);
    expect(channel.item.description).toBe('&lt;img src=x onerror=alert(2)&gt; ]]&gt; &amp; chào');
  });

  it('drops characters XML cannot carry instead of breaking the document', () => {
    const withControl = buildRss({ ...{ title: 'a', description: 'b', link: 'https://toasoan.vn/', self: 'https://toasoan.vn/rss.xml', imageUrl: 'https://toasoan.vn/l.png', copyright: '©', updatedAt: new Date(0) }, items: [item(1, { title: 'Tin\u0000 \u0008nóng' })] });
    expect(new XMLParser().parse(withControl).rss.channel.item.title).toBe('Tin nóng');
  });
});
