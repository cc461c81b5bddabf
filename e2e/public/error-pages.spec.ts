import { expect, test, type Page } from '@playwright/test';

// The 404 page is a page of the paper: rendered on the server inside the masthead and footer,
// once, readable without JavaScript, and kept out of search engines.

// No route matches: app/not-found.tsx, prerendered whole.
const UNROUTED_PATHS = ['/khong/co/trang/nay'];
// notFound() from a page: app/(site)/not-found.tsx inside the site layout.
const NOT_FOUND_FROM_PAGES = [
  '/khong-co-gi', // the section page
  '/thoi-su/khong-co-123', // the article page
  '/chu-de/khong-co', // the tag page
];

async function expectOneNotFoundPage(page: Page, path: string) {
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'vi');
  await expect(page, path).toHaveTitle('Không tìm thấy trang | Tòa soạn');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }), path).toBeVisible();
  await expect(page.locator('main'), path).toHaveCount(1);
  await expect(page.getByRole('banner'), path).toHaveCount(1);
  await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('searchbox'), path).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Thời sự' }), path).toBeVisible();
  const robots = await page.locator('meta[name="robots"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  expect(robots, path).toHaveLength(1);
  expect(robots[0], path).toMatch(/noindex/);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${path}: duplicate ids`).toEqual([]);
}

test.describe('404', () => {
  test('a path no route matches answers one Vietnamese page inside the site layout', async ({ page }) => {
    for (const path of UNROUTED_PATHS) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      const html = await response!.text();
      expect(html, path).not.toContain('__next_error__');
      expect(html, path).toContain('Không tìm thấy trang</h1>');
      await page.waitForLoadState('networkidle');
      await expectOneNotFoundPage(page, path);
    }
  });

  test('notFound() from a page renders the 404 once, inside the site layout', async ({ page }) => {
    for (const path of NOT_FOUND_FROM_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }), path).toBeVisible();
      await expect(page.locator('main'), path).toHaveCount(1);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('main').getByRole('searchbox'), path).toBeVisible();
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${path}: duplicate ids`).toEqual([]);
    }
  });

  // Not yet covered, because not yet true: Next 16.4 answers notFound() from an on-demand (ISR)
  // page with an empty `<html id="__next_error__">` shell that the browser fills in, so those 404s
  // need JavaScript (issue 14 stays open on it).

  test('readable with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of UNROUTED_PATHS) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectOneNotFoundPage(page, path);
      // The search box works as a plain form.
      await page.getByRole('main').getByRole('searchbox').fill('quoc phong');
      await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
      await expect(page).toHaveURL(/\/tim-kiem\?q=quoc\+phong/);
    }
    await context.close();
  });
});
