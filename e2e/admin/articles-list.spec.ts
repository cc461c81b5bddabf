import { expect, test } from '@playwright/test';
import { signInContext } from '../helpers/auth';
import { insertImportedDraft, newStaff, readArticle, writeArticle } from '../helpers/articles';
import { watchPrefetches } from '../helpers/prefetch';

test.describe('the article list', () => {
  test('filters by status and title, and queues imported drafts that need a headline', async ({
    page,
  }) => {
    const prefetched = watchPrefetches(page);
    const editor = await newStaff('editor', 'Biên Tập Danh Sách');
    const imported = `Báo cáo nhập tự động ${Date.now()}`;
    insertImportedDraft(imported);
    await signInContext(page, editor.email, editor.password);
    const mine = `Bài tìm theo tiêu đề Quảng Trị ${Date.now()}`;
    await writeArticle(page, { title: mine, lead: 'Sa-pô.', body: 'Thân bài.' });

    await page.goto('/admin/articles');
    await page.getByRole('link', { name: 'Cần tiêu đề (bài nhập tự động)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bài cần tiêu đề' })).toBeVisible();
    await expect(page.getByRole('link', { name: imported })).toBeVisible();
    await expect(page.getByRole('link', { name: mine })).toHaveCount(0);

    await page.goto('/admin/articles');
    await page.getByRole('searchbox', { name: 'Tìm bài' }).fill('Quảng Trị');
    await page.getByLabel('Trạng thái').selectOption({ label: 'Bản nháp' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/trang-thai=draft/);
    await expect(page.getByRole('link', { name: mine })).toBeVisible();
    await expect(page.getByRole('link', { name: imported })).toHaveCount(0);

    await page.getByLabel('Trạng thái').selectOption({ label: 'Đã đăng' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page.getByRole('link', { name: mine })).toHaveCount(0);
    // The editor, the list and its menu, all in view: none fetched a page nobody opened.
    await page.waitForLoadState('networkidle');
    expect(prefetched).toEqual([]);
  });

  test('a reporter sees only their own articles', async ({ browser }) => {
    const a = await newStaff('reporter', 'Phóng Viên Một');
    const b = await newStaff('reporter', 'Phóng Viên Khác');
    const pageA = await (await browser.newContext()).newPage();
    await signInContext(pageA, a.email, a.password);
    const id = await writeArticle(pageA, {
      title: `Bài riêng của A ${Date.now()}`,
      lead: 'Sa-pô.',
      body: 'Thân bài.',
    });
    const pageB = await (await browser.newContext()).newPage();
    await signInContext(pageB, b.email, b.password);
    await pageB.goto('/admin/articles');
    await expect(pageB.getByRole('link', { name: /Bài riêng của A/ })).toHaveCount(0);
    const response = await pageB.goto(`/admin/articles/${id}`);
    expect(response?.status()).toBe(403);

    await pageA.getByRole('button', { name: 'Xóa bài' }).click();
    await pageA.getByRole('button', { name: 'Xác nhận xóa vĩnh viễn' }).click();
    await expect(pageA).toHaveURL(/\/admin\/articles$/);
    expect(readArticle(id)).toBeUndefined();
  });
});
