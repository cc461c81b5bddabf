import { expect, test } from '@playwright/test';
import { SEED_ARTICLE } from '../helpers/seed-article';

test.describe('what a screen reader hears', () => {
  test.skip(({ isMobile }) => isMobile, 'the accessibility tree is the same at every width');

  test('a lost photo says so once and its caption is read once', async ({ page }) => {
    await page.goto('/quoc-phong-an-ninh');
    await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).click();
    const body = page.locator('.article-body');
    await expect(body.getByRole('img')).toHaveCount(SEED_ARTICLE.captions.length);
    const tree = await body.ariaSnapshot();
    for (const caption of SEED_ARTICLE.captions) {
      // The figure takes its name from the figcaption; the caption text itself is spoken once more,
      // as content. Nothing else may carry it.
      const lines = tree.split('\n').filter((line) => line.includes(caption));
      expect(lines.map((line) => line.trim().replace(/^- (\w+).*/, '$1')), caption).not.toContain('img');
    }
    await expect(body.getByRole('img', { name: 'Ảnh không còn', exact: true })).toHaveCount(SEED_ARTICLE.captions.length);
  });
});
