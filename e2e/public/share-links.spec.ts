import { expect, test, type Page } from '@playwright/test';
import { seedArticlePath } from '../helpers/page-types';

const FACEBOOK_SHARER = 'https://www.facebook.com/sharer/sharer.php';

async function canonicalOf(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical, 'the article names its canonical URL').toBeTruthy();
  return canonical!;
}

test.describe('share links on an article', () => {
  test('Facebook, the phone share menu and copy-link, with no third-party request on load', async ({ page, baseURL, request }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    await page.goto(await seedArticlePath(request));
    const share = page.getByRole('group', { name: 'Chia sẻ bài viết' });
    await expect(share.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);

    const canonical = await canonicalOf(page);
    const facebook = share.getByRole('link', { name: 'Chia sẻ lên Facebook' });
    const href = new URL((await facebook.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe(FACEBOOK_SHARER);
    expect(href.searchParams.get('u')).toBe(canonical);
    expect(await facebook.getAttribute('href')).toContain(encodeURIComponent(canonical));
    await expect(facebook).toHaveAttribute('target', '_blank');
    await expect(facebook).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('"Sao chép liên kết" puts the canonical URL in the clipboard and says so', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(await seedArticlePath(request));
    const canonical = await canonicalOf(page);
    const status = page.getByRole('group', { name: 'Chia sẻ bài viết' }).getByRole('status');
    await expect(status).toHaveText('');
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(status).toHaveText('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('"Chia sẻ" hands the canonical URL and headline to the browser\'s share menu', async ({ page, request }) => {
    // Desktop Chromium on Linux has no share menu; a stand-in records what a phone's would get.
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(await seedArticlePath(request));
    const canonical = await canonicalOf(page);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('group', { name: 'Chia sẻ bài viết' }).getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ title, url: canonical }]);
  });

  test('without a share menu there is no "Chia sẻ" button; without JavaScript the Facebook link still works', async ({ browser, baseURL, request }) => {
    const path = await seedArticlePath(request);
    const withJs = await browser.newPage({ baseURL });
    await withJs.goto(path);
    const share = withJs.getByRole('group', { name: 'Chia sẻ bài viết' });
    await expect(share.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();
    await expect(share.getByRole('button', { name: 'Chia sẻ', exact: true })).toHaveCount(0);
    await withJs.close();

    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(path);
    const plain = noJs.getByRole('group', { name: 'Chia sẻ bài viết' });
    await expect(plain.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute('href', new RegExp(`^${FACEBOOK_SHARER.replaceAll('.', '\\.')}\\?u=`));
    await expect(plain.getByRole('button')).toHaveCount(0);
    await context.close();
  });
});
