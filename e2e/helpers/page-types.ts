import { expect, type APIRequestContext } from '@playwright/test';
import Parser from 'rss-parser';
import { SEED_ARTICLE } from './seed-article';

/** One page of a kind readers (or staff signing in) meet, and the status it answers. */
export type PageType = {
  name: string;
  path: string | ((request: APIRequestContext) => Promise<string>);
  status: number;
};

/** The page kinds the outside validators (Nu Html Checker, axe) hold to zero findings. */
export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'section', path: '/quoc-phong-an-ninh', status: 200 },
  // The seed article: photos with captions, a byline, a subsection.
  { name: 'article', path: seedArticlePath, status: 200 },
  // Its lite page: a document of its own (no Next runtime, inline CSS, its own CSP).
  { name: 'lite article', path: async (request) => `${await seedArticlePath(request)}/ban-nhe`, status: 200 },
  // The seed's demo of every body block: table, gallery, embeds (facades), pull quote, info box.
  { name: 'article with every block', path: demoBlocksArticlePath, status: 200 },
  { name: 'tag', path: '/chu-de/bai-mau', status: 200 },
  { name: 'author', path: '/tac-gia/tran-anh-minh', status: 200 },
  // The seed's demo event: cover photo and timeline; one of its articles shows "Cùng sự kiện".
  { name: 'event', path: '/su-kien/mua-mua-bao-2026-su-kien-mau', status: 200 },
  { name: 'article in an event', path: demoEventArticlePath, status: 200 },
  { name: 'search', path: `/tim-kiem?q=${encodeURIComponent('quốc phòng')}`, status: 200 },
  { name: '404 (no route)', path: '/khong-co-trang-nay/x/y', status: 404 },
  {
    name: '404 (missing article)',
    path: '/quoc-phong-an-ninh/khong-co-bai-nay-99999999',
    status: 404,
  },
  { name: 'sign-in', path: '/admin/login', status: 200 },
];

/** The path of the demo event's newest article, read from the event's feed. */
async function demoEventArticlePath(request: APIRequestContext): Promise<string> {
  const response = await request.get('/rss/su-kien/mua-mua-bao-2026-su-kien-mau.xml');
  expect(response.status()).toBe(200);
  const link = (await new Parser().parseString(await response.text())).items[0]?.link;
  expect(link, 'an article in the demo event feed').toBeTruthy();
  return new URL(link!).pathname;
}

/** The path of the demo article of every body block, read from its section's feed. */
async function demoBlocksArticlePath(request: APIRequestContext): Promise<string> {
  const response = await request.get('/rss/kinh-te.xml');
  expect(response.status()).toBe(200);
  const link = (await new Parser().parseString(await response.text())).items.find((item) => item.title?.startsWith('Cà phê Tây Nguyên vào vụ mới'))?.link;
  expect(link, 'the demo article of every block in its section feed').toBeTruthy();
  return new URL(link!).pathname;
}

/** The path of the seed article, read from its section's feed. */
export async function seedArticlePath(request: APIRequestContext): Promise<string> {
  const response = await request.get('/rss/cong-nghiep-quoc-phong.xml');
  expect(response.status()).toBe(200);
  const feed = await new Parser().parseString(await response.text());
  const link = feed.items.find((item) => item.title === SEED_ARTICLE.title)?.link;
  expect(link, 'the seed article in its section feed').toBeTruthy();
  return new URL(link!).pathname;
}

/** The path to request for a page kind. */
export async function pathOf(pageType: PageType, request: APIRequestContext): Promise<string> {
  return typeof pageType.path === 'string' ? pageType.path : pageType.path(request);
}
