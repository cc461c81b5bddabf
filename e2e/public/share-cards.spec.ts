import { expect, test, type APIRequestContext } from '@playwright/test';
import { goLive, newStaff, unpublish, writeArticle } from '../helpers/articles';
import { queryE2eDb, signInContext } from '../helpers/auth';
import { SEED_ARTICLE } from '../helpers/seed-article';

// Share cards (issue 14): an article without a photo gets a generated card at 16:9, 4:3 and 1:1,
// named by og:image, twitter:image and the NewsArticle JSON-LD; the publisher logo is at least
// 112×112 px.

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function getPng(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  return { response, size: pngSize(await response.body()) };
}

test('an article without a photo is shared with its generated card, and the logo is large enough', async ({ page, request, baseURL }) => {
  await page.goto('/cong-nghiep-quoc-phong');
  const href = (await page.getByRole('link', { name: SEED_ARTICLE.title }).first().getAttribute('href'))!;
  const id = /-(\d+)$/.exec(href)![1];
  await page.goto(href);

  const card = `${baseURL}/anh/chia-se/16x9/${id}.png`;
  const head = page.locator('head');
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', card);
  await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute('content', card);
  await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(head.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '675');
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = scripts.map((t) => JSON.parse(t) as Record<string, unknown>).find((d) => d['@type'] === 'NewsArticle')!;
  const images = article['image'] as { url: string; width: number; height: number }[];
  expect(images.map((i) => [i.url, i.width, i.height])).toEqual([
    [card, 1200, 675],
    [`${baseURL}/anh/chia-se/4x3/${id}.png`, 1200, 900],
    [`${baseURL}/anh/chia-se/1x1/${id}.png`, 1200, 1200],
  ]);
  for (const image of images) {
    const { size } = await getPng(request, image.url);
    expect(size).toEqual({ width: image.width, height: image.height });
  }
  // Kept like a page: the second request is served from the cache.
  const again = await getPng(request, card);
  expect(again.response.headers()['x-nextjs-cache']).toBe('HIT');
  expect(again.response.headers()['cache-control']).not.toContain('immutable');

  const logo = (article['publisher'] as { logo: { url: string; width: number; height: number } }).logo;
  expect(Math.min(logo.width, logo.height)).toBeGreaterThanOrEqual(112);
  const { size } = await getPng(request, logo.url);
  expect(size).toEqual({ width: logo.width, height: logo.height });
});

test('a card follows its article: a new headline draws a new card, a takedown removes it', async ({ page, request }) => {
  const editor = await newStaff('editor', 'Biên Tập Viên Thẻ Chia Sẻ');
  await signInContext(page, editor.email, editor.password);
  const id = await writeArticle(page, { title: `Hội An đón khách ${Date.now()}`, lead: 'Sa-pô tin không ảnh.', body: 'Đoạn văn.' });
  // Reopened, as a draft usually is before it goes live: the same editor then goes on after publishing.
  await page.reload();
  const slug = () => queryE2eDb<{ slug: string }>('SELECT slug FROM articles WHERE id = ?', id)[0]!.slug;
  const firstSlug = slug();
  await goLive(page);
  await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
  const card = `/anh/chia-se/16x9/${id}.png`;
  const first = await (await getPng(request, `http://x${card}`)).response.body();
  const cached = await getPng(request, `http://x${card}`);
  expect(cached.response.headers()['x-nextjs-cache']).toBe('HIT');

  await page.getByLabel('Tiêu đề', { exact: true }).fill(`Hội An đón khách quốc tế trở lại ${Date.now()}`);
  await goLive(page, 'Cập nhật');
  // "Đã lưu lúc" may still show from the publish: wait for the card itself to change.
  await expect
    .poll(async () => (await (await getPng(request, `http://x${card}`)).response.body()).equals(first), { timeout: 10_000 })
    .toBe(false);
  // A new headline on a live article keeps its URL.
  expect(slug()).toBe(firstSlug);

  await unpublish(page);
  await expect(page.getByText('Trạng thái: Đã gỡ')).toBeVisible();
  expect((await request.get(card)).status()).toBe(404);
});

test('a card names nothing that is not a public article', { tag: '@requests' }, async ({ request }) => {
  for (const path of ['/anh/chia-se/16x9/999999.png', '/anh/chia-se/2x1/1.png', '/anh/chia-se/16x9/1.jpg', '/anh/chia-se/16x9/01.png']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
