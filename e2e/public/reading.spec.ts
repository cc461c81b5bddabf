import { expect, test } from '@playwright/test';
import { watchPrefetches } from '../helpers/prefetch';
import { SEED_ARTICLE } from '../helpers/seed-article';

test.describe('reading the paper', () => {
  test('home → section → the seed article, with captions, byline and date line', { tag: '@mobile' }, async ({ page }, testInfo) => {
    const prefetched = watchPrefetches(page);
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true, scale: 'css' });

    const nav = page.getByRole('navigation', { name: 'Chuyên mục' });
    await nav.getByRole('link', { name: SEED_ARTICLE.section }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.section })).toBeVisible();

    await page.getByRole('link', { name: SEED_ARTICLE.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();

    const captions = page.locator('article figure figcaption');
    await expect(captions).toHaveText(SEED_ARTICLE.captions);
    await expect(page.getByText(SEED_ARTICLE.dateLine)).toBeVisible();
    const byline = page.locator('article p.byline');
    await expect(byline).toHaveText(SEED_ARTICLE.byline);
    await expect(byline).toHaveCSS('text-align', 'right');
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText(SEED_ARTICLE.subsection);
    await expect(page.getByRole('link', { name: 'TRẦN ANH MINH' })).toHaveAttribute('href', '/tac-gia/tran-anh-minh');

    // Photos the source lost are captioned placeholders, never broken images.
    expect(await page.locator('article img').count()).toBe(0);
    await expect(page.getByRole('img', { name: /Ảnh không còn/ })).toHaveCount(3);

    const html = await page.content();
    expect(html).not.toMatch(/leftcenterrightdel/i);
    await page.screenshot({ path: testInfo.outputPath('article.png'), fullPage: true, scale: 'css' });
    // Every page of the way scrolled through: none fetched a story the reader had not chosen.
    await page.waitForLoadState('networkidle');
    expect(prefetched).toEqual([]);
  });

  test('no page sends the reader to a third-party host', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: SEED_ARTICLE.section }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.section })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('self-hosted Vietnamese fonts are loaded for stacked diacritics', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`),
    );
    // One family; which file drew each glyph is checked in typeface.spec.ts.
    expect(loaded).toEqual(expect.arrayContaining(['Noto Serif 400', 'Noto Serif 700']));
    const headlineFont = await page.getByRole('heading', { level: 3 }).first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(headlineFont).toMatch(/^"Noto Serif", "Noto Serif Fallback"/);
  });

  test('keyboard users can skip to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  });
});

test.describe('URLs', () => {
  test('a wrong slug or section redirects to the canonical article URL', async ({ request, page }) => {
    await page.goto('/quoc-phong-an-ninh');
    const href = await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).getAttribute('href');
    const id = /-(\d+)$/.exec(href!)![1];

    // The first answer is rendered, the second comes from the cache: each has one Location
    // (Next 16 sends two on the first render unless lib/http/single-location.ts is installed).
    for (const attempt of ['rendered', 'cached']) {
      const response = await request.get(`/thoi-su/ten-cu-${id}`, { maxRedirects: 0 });
      expect(response.status(), attempt).toBe(308);
      const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location');
      expect(locations.map((header) => new URL(header.value, 'http://x').pathname), attempt).toEqual([href]);
    }
  });

  test('an unknown article, section or tag answers 404 with the Vietnamese page', async ({ page }) => {
    for (const path of ['/quoc-phong-an-ninh/khong-co-bai-nay-999999', '/khong-co-muc-nay', '/chu-de/khong-co', '/tac-gia/khong-co']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
    }
  });

  test('sections paginate with ?trang=N and refuse pages past the end', { tag: '@requests' }, async ({ request }) => {
    expect((await request.get('/quoc-phong-an-ninh?trang=1')).status()).toBe(200);
    expect((await request.get('/quoc-phong-an-ninh?trang=99')).status()).toBe(404);
  });

  test('tag and author pages list the seed article', async ({ page }) => {
    await page.goto('/tac-gia/tran-anh-minh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tác giả: Trần Anh Minh');
    await expect(page.getByRole('link', { name: SEED_ARTICLE.title })).toBeVisible();
    await page.goto('/chu-de/bai-mau');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề: Bài mẫu');
  });
});
