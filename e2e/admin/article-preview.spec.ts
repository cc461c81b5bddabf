import { expect, test } from '@playwright/test';
import { signInContext } from '../helpers/auth';
import { goLive, newStaff, writeArticle } from '../helpers/articles';

// The preview draws the article with the readers' own view (app/ui/article-view.tsx).
test.describe('article preview', () => {
  test('shows what readers see: corrections once published, tags as links only then; never counts a view', async ({ page }) => {
    const editor = await newStaff('editor', 'Biên Tập Xem Trước Đủ');
    await signInContext(page, editor.email, editor.password);
    const tag = `Xem trước ${Date.now()}`;
    const id = await writeArticle(page, { title: `Bài xem trước ${Date.now()}`, lead: 'Sa-pô.', body: 'Thân bài.' });
    await page.getByLabel('Chủ đề (cách nhau bằng dấu phẩy)').fill(tag);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();

    const beacons: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/views') beacons.push(r.url());
    });
    await page.goto(`/admin/articles/${id}/preview`);
    await expect(page.getByRole('note')).toContainText('Bản xem trước (Bản nháp)');
    const tags = page.getByRole('list', { name: 'Chủ đề' });
    await expect(tags).toHaveText(tag);
    await expect(tags.getByRole('link')).toHaveCount(0);

    await page.goto(`/admin/articles/${id}`);
    await goLive(page);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
    const note = 'Đoạn một ghi nhầm tên hội nghị.';
    await page.getByLabel('Nội dung đính chính').fill(note);
    await page.getByRole('button', { name: 'Thêm đính chính' }).press('Enter');
    await expect(page.getByRole('list', { name: 'Các đính chính' })).toContainText(note);

    await page.goto(`/admin/articles/${id}/preview`);
    await expect(page.getByRole('region', { name: 'Đính chính' })).toContainText(note);
    await expect(page.getByRole('list', { name: 'Chủ đề' }).getByRole('link', { name: tag })).toHaveAttribute('href', /^\/chu-de\//);

    // The public page counts its reading: the one beacon seen is its own, none came from the previews.
    const counted = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/views');
    await page.goto(`/admin/articles/${id}`);
    await page.goto((await page.getByRole('link', { name: 'Xem trên trang' }).getAttribute('href'))!);
    await counted;
    expect(beacons).toHaveLength(1);
  });
});
