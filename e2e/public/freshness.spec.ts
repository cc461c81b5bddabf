import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { goLive, newStaff } from '../helpers/articles';
import { createPublished, sectionIdOf } from '../../tests/security/support';
import { signInContext } from '../helpers/auth';
import { E2E_DATABASE_PATH } from '../helpers/env';

// When an article changed, as readers, crawlers and feed readers see it: the "Cập nhật" line and
// dateModified on the page, Last-Modified and 304s on every feed and sitemap.

const FEEDS_AND_SITEMAPS = ['/rss.xml', '/rss/thoi-su.xml', '/sitemap.xml', '/sitemaps/sections.xml', '/sitemaps/articles/2023-07.xml', '/news-sitemap.xml'];
const UPDATED_LINE = /^Cập nhật: (Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ Nhật), \d{1,2}\/\d{1,2}\/\d{4} - \d{2}:\d{2}$/;

/** An instant at the whole second, as HTTP dates carry it. */
const toSecond = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000;

async function newsArticle(page: Page): Promise<{ datePublished: string; dateModified: string }> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, string>).find((d) => d['@type'] === 'NewsArticle') as never;
}

async function lastModified(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.headers()['last-modified']!;
}

const updatedLine = (page: Page) => page.locator('.date-line span').filter({ hasText: /^Cập nhật:/ });

test.describe('feeds and sitemaps', () => {
  test('answer 304 to If-Modified-Since equal to their Last-Modified, which is a content time, not the request time', { tag: '@requests' }, async ({ request }) => {
    for (const path of FEEDS_AND_SITEMAPS) {
      // This worker's server is shared with the journeys before: an article they scheduled may
      // come due between two requests. Then the answer is a 200 with a later Last-Modified (what
      // must never happen is a 304 for other bytes, or a 200 naming the same time): asked again.
      let first, modified, etag, byDate;
      for (let attempt = 1; ; attempt++) {
        first = await request.get(path);
        expect(first.status(), path).toBe(200);
        ({ etag, 'last-modified': modified } = first.headers());
        expect(modified, path).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        expect(Date.parse(modified!), path).toBeLessThanOrEqual(Date.parse(first.headers()['date']!));
        byDate = await request.get(path, { headers: { 'If-Modified-Since': modified! } });
        if (byDate.status() === 304 || attempt === 3) break;
        expect(Date.parse(byDate.headers()['last-modified']!), `${path}: a 200 to its own Last-Modified names a later one`).toBeGreaterThan(Date.parse(modified!));
      }
      expect(byDate.status(), path).toBe(304);
      expect(byDate.headers()['etag'], path).toBe(etag);
      expect((await byDate.body()).length, path).toBe(0);
      const older = new Date(Date.parse(modified!) - 1000).toUTCString();
      expect((await request.get(path, { headers: { 'If-Modified-Since': older } })).status(), path).toBe(200);
      // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
      expect((await request.get(path, { headers: { 'If-Modified-Since': modified!, 'If-None-Match': '"khac"' } })).status(), path).toBe(200);
      expect((await request.get(path, { headers: { 'If-None-Match': etag! } })).status(), path).toBe(304);
      // Asked again later, nothing having changed, it names the same time.
      expect(await lastModified(request, path), path).toBe(modified);
    }
  });
});

test.describe('an article changed after publishing', () => {
  test('shows "Cập nhật" and a newer dateModified only after an edit; feeds move their Last-Modified with it', async ({ page, browser, request, baseURL }) => {
    const editor = await newStaff('editor', 'Biên Tập Viên Cập Nhật');
    await signInContext(page, editor.email, editor.password);
    const before = await lastModified(request, '/rss.xml');
    const { id, path } = await createPublished(page.request, `Mưa lớn ở miền Trung ${Date.now()}`, 'Đoạn văn.', { sectionId: sectionIdOf('thoi-su') });

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(path);
    const published = await newsArticle(reader);
    expect(published.dateModified).toBe(published.datePublished);
    await expect(reader.locator('.date-line time')).toHaveCount(1);
    await expect(updatedLine(reader)).toHaveCount(0);

    // The publication is now the newest content: every feed and sitemap names its time.
    for (const feed of FEEDS_AND_SITEMAPS) expect(Date.parse(await lastModified(request, feed)), feed).toBe(toSecond(published.datePublished));
    expect((await request.get('/rss.xml', { headers: { 'If-Modified-Since': before } })).status()).toBe(200);
    const afterPublish = await lastModified(request, '/rss.xml');
    expect((await request.get('/rss.xml', { headers: { 'If-Modified-Since': afterPublish } })).status()).toBe(304);

    await page.goto(`/admin/articles/${id}`);
    await page.getByLabel('Tiêu đề', { exact: true }).fill(`Mưa lớn kéo dài ở miền Trung ${Date.now()}`);
    await goLive(page, 'Cập nhật');
    await expect.poll(async () => (await reader.reload(), await updatedLine(reader).count()), { timeout: 10_000 }).toBe(1);
    await expect(updatedLine(reader)).toHaveText(UPDATED_LINE);
    const edited = await newsArticle(reader);
    expect(edited.datePublished).toBe(published.datePublished);
    expect(Date.parse(edited.dateModified)).toBeGreaterThan(Date.parse(edited.datePublished));
    const shownTime = (await updatedLine(reader).locator('time').getAttribute('datetime'))!;
    expect(toSecond(shownTime)).toBe(Date.parse(edited.dateModified));
    await expect(reader.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', edited.dateModified);

    const afterEdit = await request.get('/rss.xml', { headers: { 'If-Modified-Since': afterPublish } });
    expect(afterEdit.status()).toBe(200);
    expect(Date.parse(afterEdit.headers()['last-modified']!)).toBe(toSecond(edited.dateModified));
    // The home lists the newest article, so its sitemap lastmod is that article's change.
    const sections = await (await request.get('/sitemaps/sections.xml')).text();
    const homeLastmod = new RegExp(`<loc>${baseURL}/</loc><lastmod>([^<]+)</lastmod>`).exec(sections)?.[1];
    expect(toSecond(homeLastmod!)).toBe(Date.parse(edited.dateModified));
    await reader.context().close();
  });

  test('an article imported and published unedited keeps its publication time as dateModified and shows no "Cập nhật" line', async ({ page }) => {
    // Its own article, imported as a newsroom migrates one (the CLI, straight into this worker's
    // database): the seed article is edited and corrected by other specs on the same server.
    const marker = `Bài nhập thử độ mới ${Date.now()}`;
    const file = path.join(os.tmpdir(), `${marker.replaceAll(' ', '-')}.txt`);
    // Its own words and byline: a copy of the seed would outrank it in other specs' searches.
    const paragraphs = [
      `${marker}: đoạn mở đầu của một bài cào từ trang báo cũ, nhập để kiểm tra ngày cập nhật.`,
      'Đoạn thứ hai kể tiếp nội dung, không có ảnh và không sửa gì sau khi đăng.',
      'Tin: PHÓNG VIÊN KIỂM THỬ',
    ];
    fs.writeFileSync(file, paragraphs.join('\n\n'));
    const printed = execFileSync(
      'npx',
      ['tsx', '--conditions=react-server', 'scripts/import-articles.ts', '--publish', '--title', marker, '--section', 'cong-nghiep-quoc-phong', file],
      { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' },
    );
    fs.rmSync(file);
    const [, status, articlePath] = printed.trim().split('\t');
    expect(status).toBe('published');

    await page.goto(articlePath!);
    await expect(page.getByRole('heading', { level: 1, name: marker })).toBeVisible();
    const article = await newsArticle(page);
    expect(article.dateModified).toBe(article.datePublished);
    await expect(updatedLine(page)).toHaveCount(0);
    await expect(page.locator('.date-line')).toHaveText(/^(Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ Nhật), \d{1,2}\/\d{1,2}\/\d{4} - \d{2}:\d{2}$/);
  });
});
