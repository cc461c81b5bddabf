import http from 'node:http';
import { expect, test } from '@playwright/test';
import { queryE2eDb, signInContext } from '../helpers/auth';
import { newStaff, unpublish } from '../helpers/articles';
import { createPublished } from '../../tests/security/support';
import { seedArticlePath } from '../helpers/page-types';
import { SEED_ARTICLE } from '../helpers/seed-article';

const lite = (articlePath: string) => `${articlePath}/ban-nhe`;
const GZIP_BUDGET_BYTES = 20 * 1024;

/** Status and size on the wire of a gzip-encoded GET (the request context would decompress it). */
function gzipTransfer(url: string): Promise<{ status: number; encoding: string | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], bytes }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

/** A published demo article with a photo in its body (the seed article's photos are lost). */
function illustratedArticlePath(): string {
  const rows = queryE2eDb<{ id: number; slug: string; section: string; body: string }>(
    "SELECT a.id, a.slug, s.slug AS section, a.body FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.status = 'published' ORDER BY a.id",
  );
  const row = rows.find((r) => /"mediaId":\d/.test(r.body));
  expect(row, 'a seeded article with a body photo').toBeTruthy();
  return `/${row!.section}/${row!.slug}-${row!.id}`;
}

test.describe('lite article', () => {
  test('the seed article: no script, no stylesheet request, canonical to the full article, within 20 KB gzip', { tag: '@requests' }, async ({
    request,
    baseURL,
  }) => {
    const path = await seedArticlePath(request);
    const response = await request.get(lite(path));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html.match(/<script\b/gi) ?? []).toHaveLength(0);
    expect(html.match(/<link\b[^>]*rel="?stylesheet/gi) ?? []).toHaveLength(0);
    expect(html.match(/<style\b/gi) ?? []).toHaveLength(1);
    expect(html.match(/<img\b/gi) ?? []).toHaveLength(0);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/);

    const full = await (await request.get(path)).text();
    expect(canonicalOf(html)).toBe(new URL(path, baseURL).href);
    expect(canonicalOf(html)).toBe(canonicalOf(full));
    // Each links to the other.
    expect(full).toContain(`href="${lite(path)}"`);
    expect(html).toMatch(new RegExp(`<a href="${path}">Bản đầy đủ</a>`));

    // Runs nothing, whatever markup got in: no script source at all.
    const csp = response.headers()['content-security-policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(response.headers()['cache-control']).toMatch(/s-maxage=/);

    const transfer = await gzipTransfer(new URL(lite(path), baseURL).href);
    expect(transfer).toMatchObject({ status: 200, encoding: 'gzip' });
    expect(transfer.bytes).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
    test.info().annotations.push({ type: 'lite gzip bytes', description: String(transfer.bytes) });
  });

  test('a wrong section or slug answers 308 to the canonical lite URL; an unknown id 404', { tag: '@requests' }, async ({ request }) => {
    const path = await seedArticlePath(request);
    const id = /-(\d+)$/.exec(path)![1];
    for (const attempt of ['rendered', 'cached']) {
      const response = await request.get(`/thoi-su/ten-cu-${id}/ban-nhe`, { maxRedirects: 0 });
      expect(response.status(), attempt).toBe(308);
      expect(new URL(response.headers()['location']!, 'http://x').pathname, attempt).toBe(lite(path));
    }
    const missing = await request.get('/quoc-phong-an-ninh/khong-co-bai-nay-99999999/ban-nhe');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).not.toMatch(/<script\b/i);
  });

  test('reads as the article: captions, the right-aligned byline, date line; loads nothing but the page', async ({ page, request }) => {
    const path = await seedArticlePath(request);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(path);
    await page.getByRole('link', { name: 'Bản nhẹ' }).click();
    await expect(page).toHaveURL(new RegExp(`${lite(path)}$`));
    loaded.length = 0;
    await page.reload();

    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();
    await expect(page.locator('article figure figcaption')).toHaveText(SEED_ARTICLE.captions);
    await expect(page.getByText(SEED_ARTICLE.dateLine)).toBeVisible();
    const byline = page.locator('article p.byline');
    await expect(byline).toHaveText(SEED_ARTICLE.byline);
    await expect(byline).toHaveCSS('text-align', 'right');
    await expect(page.getByRole('link', { name: 'TRẦN ANH MINH' })).toHaveAttribute('href', '/tac-gia/tran-anh-minh');
    expect(await page.locator('script').count()).toBe(0);
    expect(loaded.filter((p) => p !== '/favicon.ico')).toEqual([lite(path)]);

    await page.getByRole('link', { name: 'Bản đầy đủ' }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });

  test('photos load only on a tap, beside a caption always shown', async ({ page }) => {
    const path = illustratedArticlePath();
    const images: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'image' || /\/(media|anh)\//.test(r.url())) images.push(r.url());
    });
    await page.goto(lite(path));
    const figure = page.locator('article figure').first();
    await expect(figure.locator('figcaption')).not.toBeEmpty();
    expect(await page.locator('img').count()).toBe(0);
    expect(images.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);

    const photo = page.waitForResponse((r) => /\/media\//.test(r.url()));
    await figure.getByRole('link', { name: /^Xem ảnh/ }).click();
    const response = await photo;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\//);
  });

  test('a correction reaches the cached lite page, and a takedown makes it 404 like the article', async ({ page, playwright, baseURL }) => {
    const editor = await newStaff('editor', 'Biên Tập Bản Nhẹ');
    await signInContext(page, editor.email, editor.password);
    const title = `Bản nhẹ cho điện thoại chậm ${Date.now()}`;
    const { id, path } = await createPublished(page.request, title, 'Thân bài bản nhẹ.');
    const reader = await playwright.request.newContext({ baseURL });
    // Twice: the second answer comes from the cache.
    for (const attempt of ['rendered', 'cached']) {
      const response = await reader.get(lite(path));
      expect(response.status(), attempt).toBe(200);
      expect(await response.text(), attempt).toContain(title);
    }

    const note = 'Sa-pô bản đầu ghi nhầm ngày khai mạc.';
    await page.goto(`/admin/articles/${id}`);
    await page.getByLabel('Nội dung đính chính').fill(note);
    await page.getByRole('button', { name: 'Thêm đính chính' }).press('Enter');
    await expect(page.getByRole('list', { name: 'Các đính chính' })).toContainText(note);
    expect(queryE2eDb('SELECT id FROM article_corrections WHERE article_id = ?', id)).toHaveLength(1);
    expect(await (await reader.get(lite(path))).text()).toContain(note);

    await unpublish(page);
    await expect(page.getByText('Trạng thái: Đã gỡ')).toBeVisible();
    expect((await reader.get(path)).status()).toBe(404);
    const gone = await reader.get(lite(path));
    expect(gone.status()).toBe(404);
    expect(await gone.text()).not.toContain(title);
    await reader.dispose();
  });
});
