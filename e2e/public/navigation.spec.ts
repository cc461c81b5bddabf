import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { SEED_ARTICLE } from '../helpers/seed-article';

const sectionBar = (page: Page) => page.getByRole('navigation', { name: 'Chuyên mục' });
const FOCUS_RING = { r: 0x1a, g: 0x5f, b: 0xb4 }; // :focus-visible outline in app/globals.css

/** Share of each side of the link's box (± the outline's reach) that shows the focus-ring colour. */
async function ringCoverage(page: Page, link: Locator) {
  const box = (await link.boundingBox())!;
  const reach = 6;
  const clip = { x: box.x - reach, y: box.y - reach, width: box.width + 2 * reach, height: box.height + 2 * reach };
  const png = await page.screenshot({ clip, scale: 'css', animations: 'disabled' });
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const isRing = (x: number, y: number) => {
    const i = (y * info.width + x) * 3;
    return Math.abs(data[i]! - FOCUS_RING.r) + Math.abs(data[i + 1]! - FOCUS_RING.g) + Math.abs(data[i + 2]! - FOCUS_RING.b) < 60;
  };
  const band = 2 * reach;
  const rows = (from: number) => Array.from({ length: band }, (_, k) => from + k);
  const share = (hits: number, of: number) => Math.round((100 * hits) / of);
  let top = 0, bottom = 0, left = 0, right = 0;
  for (let x = band; x < info.width - band; x++) {
    if (rows(0).some((y) => isRing(x, y))) top++;
    if (rows(info.height - band).some((y) => isRing(x, y))) bottom++;
  }
  for (let y = band; y < info.height - band; y++) {
    if (rows(0).some((x) => isRing(x, y))) left++;
    if (rows(info.width - band).some((x) => isRing(x, y))) right++;
  }
  const across = info.width - 2 * band;
  const down = info.height - 2 * band;
  return { top: share(top, across), bottom: share(bottom, across), left: share(left, down), right: share(right, down) };
}

test.describe('section bar', () => {
  test('marks the current section on its pages and on its articles, nothing elsewhere', async ({ page }) => {
    const current = () => sectionBar(page).locator('[aria-current]');
    await page.goto('/');
    await expect(current()).toHaveCount(1);
    await expect(current()).toHaveAccessibleName('Trang chủ');
    await expect(current()).toHaveAttribute('aria-current', 'page');

    await page.goto('/quoc-phong-an-ninh');
    await expect(current()).toHaveCount(1);
    await expect(current()).toHaveAccessibleName(SEED_ARTICLE.section);

    // The seed article is in a subsection: its parent is the section on the bar.
    await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();
    await expect(current()).toHaveCount(1);
    await expect(current()).toHaveAccessibleName(SEED_ARTICLE.section);

    await page.goto('/chu-de/bai-mau');
    await expect(current()).toHaveCount(0);
  });

  test('the focus ring is drawn whole on every link of the bar', async ({ page }) => {
    await page.goto('/');
    const links = sectionBar(page).getByRole('link');
    await page.getByRole('button', { name: 'Tìm' }).first().focus();
    const count = await links.count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const link = links.nth(i);
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport({ ratio: 1 });
      const coverage = await ringCoverage(page, link);
      for (const [side, percent] of Object.entries(coverage)) {
        expect(percent, `${await link.textContent()}: ${side} side of the ring`).toBeGreaterThanOrEqual(90);
      }
    }
  });
});

test.describe('section bar on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the bar fits on wide screens');

  test('shows that it scrolls, and Tab scrolls to its last link', { tag: '@mobile' }, async ({ page }) => {
    await page.goto('/');
    const bar = sectionBar(page);
    const overflow = await bar.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(overflow.scrollWidth).toBeGreaterThan(overflow.clientWidth);

    // The right edge fades out while there is more to the right; at the end it does not.
    const fade = () => bar.evaluate((el) => getComputedStyle(el).getPropertyValue('--section-nav-fade'));
    const lastLink = bar.getByRole('link').last();
    await expect(lastLink).not.toBeInViewport({ ratio: 1 });
    expect(await fade()).toBe('40px');
    expect(await bar.evaluate((el) => getComputedStyle(el).maskImage)).toContain('linear-gradient');

    // Touch: the bar is a native horizontal scroller. Keyboard: Tab brings each link into view.
    expect(await bar.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    await lastLink.focus();
    await expect(lastLink).toBeInViewport({ ratio: 0.95 });
    await expect.poll(fade, { message: 'no fade once scrolled to the end' }).toBe('0px');
  });
});
