import { expect, test } from '@playwright/test';
import { signInContext } from '../helpers/auth';
import {
  bodyEditor,
  callArticleAction,
  goLive,
  newStaff,
  readArticle,
  revisionReasons,
  unpublish,
  writeArticle,
} from '../helpers/articles';

const PUBLISH = { file: 'publish-article', name: 'publishArticleAction' };

test.describe('writing, review and publishing', () => {
  test('a reporter writes and submits but cannot publish, in the UI or by calling the action', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const reporter = await newStaff('reporter', 'Phóng Viên Thử');
    await signInContext(page, reporter.email, reporter.password);
    await page.goto('/admin/articles/new');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Đảng ủy họp phiên thường kỳ');
    await expect(page.getByLabel('Đường dẫn (slug)')).toHaveValue('dang-uy-hop-phien-thuong-ky');
    await expect(page.getByRole('button', { name: 'Xuất bản' })).toHaveCount(0);
    await page.getByLabel('Sa-pô').fill('Sa-pô của phóng viên.');
    await bodyEditor(page).click();
    await page.keyboard.type('Nội dung bài của phóng viên.');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByText('Trạng thái: Chờ duyệt')).toBeVisible();
    const id = Number(/\/admin\/articles\/(\d+)$/.exec(page.url())![1]);
    const before = readArticle(id)!;
    expect(before).toMatchObject({ status: 'review', lead: 'Sa-pô của phóng viên.' });
    expect(revisionReasons(id)).toEqual(['save', 'submit']);
    // Submitted work is the desk's: no editing and no publishing from the reporter's screen.
    await expect(page.getByRole('button', { name: /Xuất bản|Lưu|Cập nhật/ })).toHaveCount(0);

    const snapshot = {
      title: 'Tự đăng',
      slug: '',
      lead: 'x',
      body: { type: 'doc', content: [] },
      sectionId: 1,
      coverMediaId: null,
      tags: [],
      bylines: [],
      seoTitle: '',
      seoDescription: '',
    };
    const asReporter = await callArticleAction(
      page.request,
      { ...PUBLISH, page: `/admin/articles/${id}` },
      [{ id, version: before.version, snapshot }],
    );
    expect(await asReporter.text()).toContain('"error":"forbidden"');
    const anonymous = await playwright.request.newContext({ baseURL });
    const signedOut = await callArticleAction(
      anonymous,
      { ...PUBLISH, page: `/admin/articles/${id}` },
      [{ id, version: before.version, snapshot }],
    );
    expect(await signedOut.text()).toContain('"error":"unauthorized"');
    const foreign = await callArticleAction(
      page.request,
      { ...PUBLISH, page: `/admin/articles/${id}` },
      [{ id, version: before.version, snapshot }],
      'https://evil.example',
    );
    // Next refuses a foreign Origin before the action runs; either way nothing may succeed.
    expect(foreign.ok() && (await foreign.text()).includes('"ok":true')).toBe(false);
    expect(readArticle(id)).toEqual(before);
    await anonymous.dispose();
  });

  test('an editor publishes and readers see it on the next request; unpublishing takes it down', async ({
    page,
    browser,
  }) => {
    const editor = await newStaff('editor', 'Biên Tập Viên');
    await signInContext(page, editor.email, editor.password);
    const title = `Bài xuất bản ngay ${Date.now()}`;
    const id = await writeArticle(page, {
      title,
      lead: 'Sa-pô bài xuất bản.',
      body: 'Đoạn văn đầu tiên của bài.',
    });
    await page.getByLabel('Chủ đề (cách nhau bằng dấu phẩy)').fill('Thử nghiệm xuất bản');

    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto('/');
    await expect(readerPage.getByRole('link', { name: title })).toHaveCount(0);

    await goLive(page);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
    const live = page.getByRole('link', { name: 'Xem trên trang' });
    const path = (await live.getAttribute('href'))!;
    expect(readArticle(id)).toMatchObject({ status: 'published' });

    await readerPage.goto(path);
    await expect(readerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(readerPage.getByText('Đoạn văn đầu tiên của bài.')).toBeVisible();
    await readerPage.goto('/');
    await expect(readerPage.getByRole('link', { name: title }).first()).toBeVisible();
    await readerPage.goto('/chu-de/thu-nghiem-xuat-ban');
    await expect(readerPage.getByRole('link', { name: title })).toBeVisible();

    // A live article changes only on "Cập nhật"; then readers see the new text at once.
    await page.getByLabel('Sa-pô').fill('Sa-pô đã sửa sau khi đăng.');
    await goLive(page, 'Cập nhật');
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
    await readerPage.goto(path);
    await expect(readerPage.getByText('Sa-pô đã sửa sau khi đăng.')).toBeVisible();

    await unpublish(page);
    await expect(page.getByText('Trạng thái: Đã gỡ')).toBeVisible();
    const gone = await readerPage.goto(path);
    expect(gone?.status()).toBe(404);
    await readerPage.goto('/');
    await expect(readerPage.getByRole('link', { name: title })).toHaveCount(0);
    await reader.close();
  });

  test('an editor sends a submitted article back with a note; the reporter sees it', async ({
    browser,
  }) => {
    const reporter = await newStaff('reporter', 'Phóng Viên Hai');
    const editor = await newStaff('editor', 'Biên Tập Hai');
    const reporterPage = await (await browser.newContext()).newPage();
    await signInContext(reporterPage, reporter.email, reporter.password);
    const id = await writeArticle(reporterPage, {
      title: 'Bài cần sửa',
      lead: 'Sa-pô.',
      body: 'Nội dung.',
    });
    await reporterPage.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(reporterPage.getByText('Trạng thái: Chờ duyệt')).toBeVisible();

    const editorPage = await (await browser.newContext()).newPage();
    await signInContext(editorPage, editor.email, editor.password);
    await editorPage.goto('/admin/articles?trang-thai=review');
    await editorPage.getByRole('link', { name: 'Bài cần sửa' }).first().click();
    await editorPage.getByRole('button', { name: 'Trả lại phóng viên' }).click();
    await editorPage.getByLabel('Ghi chú trả lại').fill('Thiếu nguồn trích dẫn.');
    await editorPage.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await expect(editorPage.getByText('Trạng thái: Bản nháp')).toBeVisible();

    await reporterPage.goto(`/admin/articles/${id}`);
    await expect(
      reporterPage.getByText('Ghi chú của biên tập viên: Thiếu nguồn trích dẫn.'),
    ).toBeVisible();
    await expect(reporterPage.getByRole('button', { name: 'Gửi duyệt' })).toBeVisible();
  });
});
