import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';

// The 404 page is a page of the paper: rendered on the server inside the masthead and footer,
// once, readable without JavaScript, and kept out of search engines. Whatever names nothing gets
// it: a path no route matches (app/not-found.tsx), and a section, tag, author, listing page or
// article that does not exist (the page answers with app/ui/missing-page.tsx).
const MISSING_PAGES = [
  '/khong/co/trang/nay', // no route matches
  '/khong-co-gi', // a section
  '/thoi-su?trang=9999', // a section's page past its last
  '/chu-de/khong-co', // a tag
  '/tac-gia/khong-co', // an author
  '/thoi-su/khong-co-bai-nay-99999999', // an article id
];

async function expectOneNotFoundPage(page: Page, path: string) {
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'vi');
  await expect(page, path).toHaveTitle('Không tìm thấy trang | Tòa soạn');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }), path).toBeVisible();
  await expect(page.locator('main'), path).toHaveCount(1);
  await expect(page.getByRole('banner'), path).toHaveCount(1);
  await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
  await expect(page.locator('[id="q"]'), path).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('searchbox'), path).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Thời sự' }), path).toBeVisible();
  const robots = await page.locator('meta[name="robots"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  expect(robots, path).toHaveLength(1);
  expect(robots[0], path).toMatch(/noindex/);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${path}: duplicate ids`).toEqual([]);
}

test.describe('404', () => {
  test('rendered whole on the server: readable with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of MISSING_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await response!.text(), path).not.toContain('__next_error__');
      await expectOneNotFoundPage(page, path);
    }
    // The search box works as a plain form.
    await page.getByRole('main').getByRole('searchbox').fill('quoc phong');
    await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=quoc\+phong/);
    await context.close();
  });

  test('still one page after hydration', async ({ page }) => {
    for (const path of MISSING_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await page.waitForLoadState('networkidle');
      await expectOneNotFoundPage(page, path);
    }
  });

  test('pages that exist still answer 200 @requests', async ({ request }) => {
    const feed = await new Parser().parseString(await (await request.get('/rss.xml')).text());
    const article = new URL(feed.items[0]!.link!).pathname;
    const existing = ['/thoi-su', '/thoi-su?trang=1', '/thoi-su?trang=abc', '/chu-de/bai-mau', '/tac-gia/tran-anh-minh', '/tim-kiem', article];
    for (const path of existing) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
    }
    // An article's id decides: a wrong section or slug still finds it, and is sent to its URL.
    const [, , slug] = article.split('/');
    const moved = await request.get(`/khong-co-gi/${slug}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers().location).toBe(article);
  });
});
