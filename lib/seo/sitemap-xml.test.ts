import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  NEWS_NS,
  partCount,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_LOC_LENGTH,
  SITEMAP_NS,
  SITEMAP_PART_SIZE,
} from './sitemap-xml';
import { articleSitemapPath, parseArticleSitemapFile, parseListingSitemapFile } from './sitemap-names';
import { escapeXml } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('xml helpers', () => {
  it('escapes markup and drops characters XML forbids, keeping Vietnamese', () => {
    expect(escapeXml(`Tôm & cá <"ngon"> 'lắm'\u0001`)).toBe('Tôm &amp; cá &lt;&quot;ngon&quot;&gt; &apos;lắm&apos;');
  });
});

describe('urlset and index', () => {
  it('builds a well-formed urlset with escaped absolute locs and zoned lastmods', () => {
    const xml = buildUrlset([
      { loc: 'https://toasoan.vn/thoi-su/a-1?x=1&y=2', lastmod: new Date('2023-07-14T03:25:00Z') },
      { loc: 'https://toasoan.vn/kinh-te', lastmod: null },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.urlset['@_xmlns']).toBe(SITEMAP_NS);
    expect(doc.urlset.url[0].loc).toBe('https://toasoan.vn/thoi-su/a-1?x=1&y=2');
    expect(doc.urlset.url[0].lastmod).toBe('2023-07-14T10:25:00+07:00');
    expect(doc.urlset.url[1].lastmod).toBeUndefined();
  });

  it('builds a sitemap index', () => {
    const doc = parser.parse(buildSitemapIndex([{ loc: 'https://toasoan.vn/sitemaps/articles/2023-07.xml', lastmod: new Date() }]));
    expect(doc.sitemapindex['@_xmlns']).toBe(SITEMAP_NS);
    expect(doc.sitemapindex.sitemap[0].lastmod).toMatch(W3C);
  });

  it('refuses more than 50,000 URLs or an over-long URL', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://toasoan.vn/a-${i}` }));
    expect(() => buildUrlset(many)).toThrow(/50000/);
    expect(() => buildUrlset([{ loc: `https://toasoan.vn/${'a'.repeat(SITEMAP_MAX_LOC_LENGTH)}` }])).toThrow();
  });

  it('keeps a full part of the longest possible URLs under 50 MB', () => {
    const loc = `https://toasoan.vn/${'a'.repeat(SITEMAP_MAX_LOC_LENGTH - 19)}`;
    const part = Array.from({ length: SITEMAP_PART_SIZE }, () => ({ loc, lastmod: new Date() }));
    expect(Buffer.byteLength(buildUrlset(part))).toBeLessThan(SITEMAP_MAX_BYTES);
  });

  it('splits a month into parts', () => {
    expect(partCount(0)).toBe(1);
    expect(partCount(SITEMAP_PART_SIZE)).toBe(1);
    expect(partCount(SITEMAP_PART_SIZE + 1)).toBe(2);
  });
});

describe('news sitemap', () => {
  const now = new Date('2026-11-25T03:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

  it('lists only the last 48 hours, newest first, with publication, date and escaped title', () => {
    const xml = buildNewsSitemap(
      [
        { loc: 'https://toasoan.vn/a-1', title: 'Cũ quá', publishedAt: hoursAgo(49) },
        { loc: 'https://toasoan.vn/a-2', title: 'Giá xăng & dầu <giảm>', publishedAt: hoursAgo(2) },
        { loc: 'https://toasoan.vn/a-3', title: 'Mới nhất', publishedAt: hoursAgo(1) },
        { loc: 'https://toasoan.vn/a-4', title: 'Chưa đến giờ', publishedAt: hoursAgo(-1) },
      ],
      { name: 'Tòa soạn', language: 'vi' },
      now,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('Giá xăng &amp; dầu &lt;giảm&gt;');
    const doc = parser.parse(xml);
    expect(doc.urlset['@_xmlns:news']).toBe(NEWS_NS);
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(['https://toasoan.vn/a-3', 'https://toasoan.vn/a-2']);
    const news = doc.urlset.url[1]['news:news'];
    expect(news['news:publication']).toEqual({ 'news:name': 'Tòa soạn', 'news:language': 'vi' });
    expect(news['news:publication_date']).toMatch(W3C);
    expect(news['news:title']).toBe('Giá xăng & dầu <giảm>');
  });

  it('caps the file at 1,000 articles', () => {
    const entries = Array.from({ length: 1_200 }, (_, i) => ({ loc: `https://toasoan.vn/a-${i}`, title: `Tin ${i}`, publishedAt: hoursAgo(i / 100) }));
    expect(parser.parse(buildNewsSitemap(entries, { name: 'Tòa soạn', language: 'vi' }, now)).urlset.url).toHaveLength(1_000);
  });
});

describe('sitemap file names', () => {
  it('round-trips month files and refuses anything else', () => {
    expect(articleSitemapPath('2023-07', 1)).toBe('/sitemaps/articles/2023-07.xml');
    expect(articleSitemapPath('2023-07', 2)).toBe('/sitemaps/articles/2023-07-2.xml');
    expect(parseArticleSitemapFile('2023-07.xml')).toEqual({ month: '2023-07', part: 1 });
    expect(parseArticleSitemapFile('2023-07-2.xml')).toEqual({ month: '2023-07', part: 2 });
    for (const bad of ['2023-13.xml', '2023-07-1.xml', '2023-07', '../x.xml', '2023-07-0.xml']) {
      expect(parseArticleSitemapFile(bad), bad).toBeNull();
    }
    expect(parseListingSitemapFile('tags-3.xml')).toEqual({ kind: 'tags', part: 3 });
    expect(parseListingSitemapFile('users.xml')).toBeNull();
  });
});
