import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { SEED_ARTICLE } from '../helpers/seed-article';

// One written form of every public URL: the canonical link, og:url, the JSON-LD, the feeds, the
// sitemaps and the breadcrumbs name the home, a section and an article exactly alike.

const xml = new XMLParser({ isArray: (name) => name === 'url' });

type Ld = Record<string, unknown>;

async function head(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return {
    canonical: await page.locator('head link[rel="canonical"]').getAttribute('href'),
    ogUrl: await page.locator('head meta[property="og:url"]').getAttribute('content'),
    jsonLd: scripts.map((text) => JSON.parse(text) as Ld),
  };
}

const crumbUrls = (jsonLd: Ld[]) =>
  (jsonLd.find((d) => d['@type'] === 'BreadcrumbList')!['itemListElement'] as { item: string }[]).map((i) => i.item);

async function sitemapLocs(request: APIRequestContext, path: string): Promise<string[]> {
  return (xml.parse(await (await request.get(path)).text()).urlset.url as { loc: string }[]).map((u) => u.loc);
}

async function feed(request: APIRequestContext, path: string) {
  return new Parser().parseString(await (await request.get(path)).text());
}

test('the home, a section and an article each have one URL form in canonical, og:url, JSON-LD, RSS, sitemaps and breadcrumbs', async ({ page, request, baseURL }) => {
  const home = `${baseURL}/`;
  await page.goto('/');
  const front = await head(page);
  expect(front.canonical).toBe(home);
  expect(front.ogUrl).toBe(home);
  expect(front.jsonLd.find((d) => d['@type'] === 'WebSite')!['url']).toBe(home);
  expect((await feed(request, '/rss.xml')).link).toBe(home);
  const listings = await sitemapLocs(request, '/sitemaps/sections.xml');
  expect(listings).toContain(home);

  const sectionUrl = `${baseURL}/quoc-phong-an-ninh`;
  await page.goto('/quoc-phong-an-ninh');
  const section = await head(page);
  expect(section.canonical).toBe(sectionUrl);
  expect(section.ogUrl).toBe(sectionUrl);
  expect(crumbUrls(section.jsonLd)).toEqual([home, sectionUrl]);
  expect((await feed(request, '/rss/quoc-phong-an-ninh.xml')).link).toBe(sectionUrl);
  expect(listings).toContain(sectionUrl);

  await page.goto('/cong-nghiep-quoc-phong');
  await page.goto((await page.getByRole('link', { name: SEED_ARTICLE.title }).first().getAttribute('href'))!);
  const articleUrl = page.url();
  expect(articleUrl).toMatch(new RegExp(`^${baseURL}/cong-nghiep-quoc-phong/[a-z0-9-]+-\\d+$`));
  const article = await head(page);
  expect(article.canonical).toBe(articleUrl);
  expect(article.ogUrl).toBe(articleUrl);
  const newsArticle = article.jsonLd.find((d) => d['@type'] === 'NewsArticle')!;
  expect(newsArticle['url']).toBe(articleUrl);
  expect(newsArticle['mainEntityOfPage']).toMatchObject({ '@id': articleUrl });
  expect(crumbUrls(article.jsonLd)).toEqual([home, sectionUrl, `${baseURL}/cong-nghiep-quoc-phong`, articleUrl]);
  const item = (await feed(request, '/rss/cong-nghiep-quoc-phong.xml')).items.find((i) => i.title === SEED_ARTICLE.title)!;
  expect(item.link).toBe(articleUrl);
  expect(item.guid).toBe(articleUrl);
  expect(await sitemapLocs(request, '/sitemaps/articles/2023-07.xml')).toContain(articleUrl);
});
