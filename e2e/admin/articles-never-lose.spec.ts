import { expect, test, type Page, type Request } from '@playwright/test';
import { signInContext, signInPage } from '../helpers/auth';
import {
  bodyEditor,
  expectSaved,
  goLive,
  newStaff,
  readArticle,
  revisionReasons,
  writeArticle,
} from '../helpers/articles';

/** What a browser does when the writer switches tab or minimises the window. */
async function hidePage(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/**
 * Holds the page's re-renders from the server (router refreshes, asked with an RSC header) of
 * `path` until the returned function is called; that then waits for the held one to land.
 */
async function holdRefresh(page: Page, path: string): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const matches = (url: URL) => url.pathname === path;
  await page.route(matches, async (route) => {
    if (route.request().headers()['rsc']) await released;
    await route.continue();
  });
  return async () => {
    const landed = page.waitForResponse((response) => matches(new URL(response.url())) && !!response.request().headers()['rsc']);
    release();
    await landed;
    await page.unroute(matches);
  };
}

test.describe('never lose a word', () => {
  test('autosave keeps a draft on the server, and keeps a live article’s edits aside until “Cập nhật”', async ({
    page,
    browser,
  }) => {
    const editor = await newStaff('editor', 'Biên Tập Tự Lưu');
    await signInContext(page, editor.email, editor.password);
    const id = await writeArticle(page, {
      title: `Bài tự lưu ${Date.now()}`,
      lead: 'Sa-pô ban đầu.',
      body: 'Thân bài.',
    });
    await page.getByLabel('Sa-pô').fill('Sa-pô tự lưu khi rời tab.');
    await hidePage(page);
    await expectSaved(page);
    expect(readArticle(id)?.lead).toBe('Sa-pô tự lưu khi rời tab.');

    // Going live re-renders the page on the server, and for an article begun at
    // /admin/articles/new that replaces the editor: what is typed before it lands stays (the
    // re-render is held here, so the typing surely comes first).
    const releaseRefresh = await holdRefresh(page, `/admin/articles/${id}`);
    await goLive(page);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
    await page.getByLabel('Sa-pô').fill('Sa-pô sửa dở trên bài đã đăng.');
    await releaseRefresh();
    const path = (await page.getByRole('link', { name: 'Xem trên trang' }).getAttribute('href'))!;
    await expect(page.getByLabel('Sa-pô')).toHaveValue('Sa-pô sửa dở trên bài đã đăng.');
    await expect(page.getByRole('button', { name: 'Khôi phục bản chưa lưu' })).toHaveCount(0);
    await hidePage(page);
    await expect(
      page.getByRole('status').filter({ hasText: 'Đã tự lưu bản nháp (chưa cập nhật lên trang)' }),
    ).toBeVisible();
    expect(readArticle(id)?.lead).toBe('Sa-pô tự lưu khi rời tab.');
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(path);
    await expect(reader.getByText('Sa-pô tự lưu khi rời tab.')).toBeVisible();

    // Reopening the editor resumes the autosaved text; only "Cập nhật" puts it live.
    await page.goto(`/admin/articles/${id}`);
    await expect(page.getByText(/Đang mở bản tự lưu lúc/)).toBeVisible();
    await expect(page.getByLabel('Sa-pô')).toHaveValue('Sa-pô sửa dở trên bài đã đăng.');
    await goLive(page, 'Cập nhật');
    await expectSaved(page);
    await reader.goto(path);
    await expect(reader.getByText('Sa-pô sửa dở trên bài đã đăng.')).toBeVisible();
    expect(revisionReasons(id)).toEqual(expect.arrayContaining(['autosave', 'publish', 'update']));
  });

  test('the second of two editors saving the same version gets the conflict screen with its text intact', async ({
    browser,
  }) => {
    const first = await newStaff('editor', 'Biên Tập A');
    const second = await newStaff('editor', 'Biên Tập B');
    const a = await (await browser.newContext()).newPage();
    const b = await (await browser.newContext()).newPage();
    await signInContext(a, first.email, first.password);
    await signInContext(b, second.email, second.password);
    const id = await writeArticle(a, {
      title: 'Bài hai người cùng sửa',
      lead: 'Sa-pô gốc.',
      body: 'Thân bài gốc.',
    });
    await b.goto(`/admin/articles/${id}`);
    await expect(b.getByLabel('Sa-pô')).toHaveValue('Sa-pô gốc.');

    await a.getByLabel('Sa-pô').fill('Sa-pô của biên tập A.');
    await a.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectSaved(a);

    await b.getByLabel('Sa-pô').fill('Sa-pô của biên tập B, không được mất.');
    await bodyEditor(b).click();
    await b.keyboard.press('End');
    await b.keyboard.type(' Câu B viết thêm.');
    await b.getByRole('button', { name: 'Lưu', exact: true }).click();

    const conflict = b.getByRole('alertdialog', { name: 'Xung đột: bài đã được sửa ở nơi khác' });
    await expect(conflict).toBeVisible();
    const mine = conflict.getByLabel('Bản của bạn (chưa lưu)');
    await expect(mine).toHaveValue(/Sa-pô của biên tập B, không được mất\./);
    await expect(mine).toHaveValue(/Câu B viết thêm\./);
    await expect(conflict.locator('ins').first()).toBeVisible();
    await expect(
      conflict.getByRole('link', { name: 'Mở bản đang lưu trong tab mới' }),
    ).toHaveAttribute('href', `/admin/articles/${id}`);
    // The editor itself still holds B's text; nothing was overwritten on the server.
    await expect(b.getByLabel('Sa-pô')).toHaveValue('Sa-pô của biên tập B, không được mất.');
    await expect(bodyEditor(b)).toContainText('Câu B viết thêm.');
    expect(readArticle(id)?.lead).toBe('Sa-pô của biên tập A.');

    await conflict.getByRole('button', { name: 'Lưu bản của tôi thành phiên bản mới' }).click();
    // Asked once more, with what keeping B's version removes from the stored one: A's sa-pô.
    const removal = conflict.getByRole('alertdialog', { name: /Lưu bản của bạn sẽ xóa những phần này/ });
    await expect(removal.getByRole('listitem')).toHaveText(['Sa-pô: Sa-pô của biên tập A.']);
    await removal.getByRole('button', { name: 'Vẫn lưu bản của tôi' }).click();
    await expectSaved(b);
    await expect(conflict).toHaveCount(0);
    expect(readArticle(id)?.lead).toBe('Sa-pô của biên tập B, không được mất.');
    expect(revisionReasons(id).length).toBeGreaterThanOrEqual(3);
  });

  test('a save after the session expired asks to sign in again, and the retry keeps every word', async ({
    page,
    context,
  }) => {
    const editor = await newStaff('editor', 'Biên Tập Hết Phiên');
    await signInContext(page, editor.email, editor.password);
    const inFlight = new Set<Request>();
    page.on('request', (request) => inFlight.add(request));
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
    const id = await writeArticle(page, {
      title: 'Bài viết khi hết phiên',
      lead: 'Sa-pô.',
      body: 'Câu đầu.',
    });

    // The proxy renews the session cookie on every answer: one on its way when the cookies are
    // cleared (the presence heartbeat, every 5 s) brought it back once, and the save went through.
    // Cleared again when every request sent with it has answered: later ones carry none.
    await context.clearCookies();
    await expect.poll(() => inFlight.size).toBe(0);
    await context.clearCookies();
    await bodyEditor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Câu viết sau khi phiên hết hạn.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'Phiên đăng nhập đã hết hạn' });
    await expect(problem).toBeVisible();
    await expect(
      problem.getByRole('link', { name: 'Đăng nhập lại (mở trong tab mới)' }),
    ).toHaveAttribute('target', '_blank');
    await expect(bodyEditor(page)).toContainText('Câu viết sau khi phiên hết hạn.');
    expect(readArticle(id)?.body).not.toContain('Câu viết sau khi phiên hết hạn.');

    const login = await context.newPage();
    await signInPage(login, editor.email, editor.password);
    await login.close();
    await problem.getByRole('button', { name: 'Lưu lại' }).click();
    await expectSaved(page);
    await expect(bodyEditor(page)).toContainText('Câu đầu. Câu viết sau khi phiên hết hạn.');
    expect(readArticle(id)?.body).toContain('Câu viết sau khi phiên hết hạn.');
  });

  test('the revisions page shows what changed and restores an old version as a new save', async ({
    page,
  }) => {
    const editor = await newStaff('editor', 'Biên Tập Phiên Bản');
    await signInContext(page, editor.email, editor.password);
    const id = await writeArticle(page, {
      title: 'Bài có lịch sử',
      lead: 'Sa-pô bản đầu tiên.',
      body: 'Thân bài.',
    });
    await page.getByLabel('Sa-pô').fill('Sa-pô bản thứ hai hoàn toàn khác.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('phiên bản 2')).toBeVisible();

    await page.getByRole('link', { name: 'Lịch sử phiên bản' }).click();
    await page.getByRole('link', { name: 'Xem thay đổi của phiên bản 1' }).click();
    const diff = page.getByRole('region', { name: /Phiên bản 1/ });
    await expect(diff.locator('del').filter({ hasText: 'thứ hai hoàn toàn khác' })).toBeVisible();
    await expect(diff.locator('ins').filter({ hasText: 'đầu tiên' })).toBeVisible();

    await page.getByRole('button', { name: 'Khôi phục phiên bản 1' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
    await expect(page.getByLabel('Sa-pô')).toHaveValue('Sa-pô bản đầu tiên.');
    expect(readArticle(id)).toMatchObject({ lead: 'Sa-pô bản đầu tiên.', version: 3 });
    expect(revisionReasons(id)).toEqual(['save', 'save', 'restore']);
  });

  test('the preview shows an unpublished draft to staff only, marked noindex and never cached', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const editor = await newStaff('editor', 'Biên Tập Xem Trước');
    await signInContext(page, editor.email, editor.password);
    const id = await writeArticle(page, {
      title: 'Bản nháp xem trước',
      lead: 'Sa-pô nháp.',
      body: 'Thân bài nháp.',
    });
    const response = await page.goto(`/admin/articles/${id}/preview`);
    expect(response?.headers()['cache-control']).toMatch(/private/);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bản nháp xem trước' })).toBeVisible();
    await expect(page.getByText('Thân bài nháp.')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    const anonymous = await playwright.request.newContext({ baseURL });
    const outside = await anonymous.get(`/admin/articles/${id}/preview`, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(outside.status());
    expect(outside.headers()['location']).toContain('/admin/login');
    await anonymous.dispose();
  });
});
