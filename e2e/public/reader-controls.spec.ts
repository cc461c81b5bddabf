import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedArticlePath } from '../helpers/page-types';
import { SEED_ARTICLE } from '../helpers/seed-article';

// What readers control (issue 14): the text size (A− / A+, remembered across pages, applied before
// the first paint so nothing moves) and a dark theme that follows the system's, with every colour
// pair still AA. Screenshots of the main page types in both themes go to e2e/.artifacts.

const SCREENSHOTS = path.join(__dirname, '..', '.artifacts', 'screenshots', 'reader-controls');
const PAPER = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 20, 20)' };

async function openSeedArticle(page: Page) {
  await page.goto('/quoc-phong-an-ninh');
  await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();
}

const bodyFontSize = (page: Page) =>
  page
    .locator('.article-body p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

// Colour contrast in both themes is axe's job in accessibility.spec.ts; here, that the theme
// follows the system at all, and what each page looks like.
test('light and dark: the paper colour follows the system, screenshots @mobile', async ({ page, request }) => {
  const pages = {
    'trang-chu': '/',
    'chuyen-muc': '/quoc-phong-an-ninh',
    // From its feed: the loop below loads it, no need to click through to it first.
    'bai-viet': await seedArticlePath(request),
    '404': '/khong/co/trang/nay',
  };
  const width = page.viewportSize()!.width;
  for (const [name, url] of Object.entries(pages)) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    // The system's theme switched on the loaded page: no reload, as a phone switching at dusk.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(paper, `${name} ${scheme}`).toBe(PAPER[scheme]);
      // In CSS pixels, as wide as the viewport: the phone's 2.625 device pixels a pixel would make
      // seven times the pixels to encode, and show nothing the layout does not.
      await page.screenshot({ path: path.join(SCREENSHOTS, `${width}-${scheme}-${name}.png`), fullPage: true, scale: 'css' });
    }
  }
});

test('the newsroom keeps its light interface in a dark system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/admin/login');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    PAPER.light,
  );
});

test('A+ enlarges the article text and the size is kept on the next page, without a CSP violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openSeedArticle(page);
  const larger = page.getByRole('button', { name: 'Tăng cỡ chữ' });
  const smaller = page.getByRole('button', { name: 'Giảm cỡ chữ' });
  const normal = await bodyFontSize(page);

  await larger.click();
  await larger.click();
  await expect.poll(() => bodyFontSize(page)).toBeCloseTo(normal * 1.25, 1);

  // A fresh page load: the inline script puts the remembered size back.
  await page.goto('/');
  await openSeedArticle(page);
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.25, 1);

  // Down to the smallest step; there A− stays focusable but does nothing.
  for (let i = 0; i < 3; i++) await smaller.click();
  await expect(smaller).toHaveAttribute('aria-disabled', 'true');
  await expect.poll(() => bodyFontSize(page)).toBeCloseTo(normal * 0.9, 1);
  await expect(smaller).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 0.9, 1);
  await expect(smaller).toBeFocused();
  expect(violations).toEqual([]);
});

test('a remembered text size moves nothing while the article loads (CLS 0) @mobile', async ({
  page,
}) => {
  await openSeedArticle(page);
  const articlePath = new URL(page.url()).pathname;
  const normal = await bodyFontSize(page);
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();

  // Every layout shift from the first one on, counted as the CLS metric does (not after input).
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(articlePath);
  await page.evaluate(() => document.fonts.ready);
  // Two frames: shifts from the last layout are reported.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.4, 1);
  expect(
    await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
  ).toBe(0);
});

test('the article page loads a single stylesheet', async ({ page }) => {
  await openSeedArticle(page);
  await page.reload();
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1);
});
