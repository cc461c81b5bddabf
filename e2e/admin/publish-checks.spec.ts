import { expect, test, type APIRequestContext } from '@playwright/test';
import { queryE2eDb, signInContext } from '../helpers/auth';
import {
  bodyEditor,
  callArticleAction,
  goLive,
  insertImportedDraft,
  newStaff,
  publishChecksPanel,
  readArticle,
  unpublish,
  writeArticle,
} from '../helpers/articles';

// The checks before going live (lib/data/articles/publish-checks.ts): blocking problems refused in
// the panel and by the Server Action called directly; warnings only with a confirmation, which the
// audit log records; a live article's old revision restored into its working copy; Gỡ bài asks.

const PUBLISH = { file: 'publish-article', name: 'publishArticleAction' };
const ALL_WARNINGS = ['no-byline', 'no-cover', 'long-headline', 'no-lead', 'possible-duplicate'];

const sectionId = () => queryE2eDb<{ id: number }>('SELECT id FROM sections ORDER BY id LIMIT 1')[0]!.id;

/** Calls the publish Server Action directly, as a script could; returns the raw RSC answer. */
async function publishDirectly(request: APIRequestContext, id: number, snapshot: Record<string, unknown>, confirmedWarnings?: string[]) {
  const { version } = readArticle(id)!;
  const input = {
    id,
    version,
    snapshot: { slug: '', lead: 'Sa-pô.', sectionId: sectionId(), coverMediaId: null, tags: [], bylines: [], seoTitle: '', seoDescription: '', ...snapshot },
    ...(confirmedWarnings ? { confirmedWarnings } : {}),
  };
  const response = await callArticleAction(request, { ...PUBLISH, page: `/admin/articles/${id}` }, [input]);
  return response.text();
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

test.describe('checks before going live', () => {
  test('an imported draft keeps its provisional headline off the site, in the panel and by a direct call, until someone writes one', async ({ page }) => {
    const editor = await newStaff('editor', 'Biên Tập Kiểm Tra');
    await signInContext(page, editor.email, editor.password);
    const provisional = `Báo cáo trung tâm tại hội nghị cho thấy ${Date.now()}`;
    const id = insertImportedDraft(provisional);

    await page.goto(`/admin/articles/${id}`);
    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const panel = publishChecksPanel(page, 'Xuất bản');
    // Focus moves into the panel.
    await expect(panel.locator(':focus')).toHaveCount(1);
    await expect(panel.getByRole('listitem').filter({ hasText: 'tiêu đề tạm do máy đặt' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Xác nhận xuất bản' })).toBeDisabled();
    // Blocking problems offer nothing to confirm.
    await expect(panel.getByRole('checkbox')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);

    // Calling the action directly, every warning confirmed, is refused just the same; so is an empty photo block.
    const body = { type: 'doc', content: [paragraph('Văn bản nhập.')] };
    const refused = await publishDirectly(page.request, id, { title: provisional, body }, ALL_WARNINGS);
    expect(refused).toContain('"error":"checks"');
    expect(refused).toContain('tiêu đề tạm do máy đặt');
    const withEmptyPhoto = { type: 'doc', content: [paragraph('Văn bản nhập.'), { type: 'figure', attrs: { mediaId: null, caption: 'Ảnh mất', credit: '' } }] };
    const photoRefused = await publishDirectly(page.request, id, { title: 'Tiêu đề biên tập viên viết', body: withEmptyPhoto }, ALL_WARNINGS);
    expect(photoRefused).toContain('"error":"checks"');
    expect(photoRefused).toContain('1 khối ảnh chưa chọn ảnh');
    expect(readArticle(id)).toMatchObject({ status: 'draft', title: provisional });

    // A headline written by a person lets it through (the panel still asks about the warnings).
    await page.getByLabel('Tiêu đề', { exact: true }).fill(`Hội nghị sơ kết công tác ${Date.now()}`);
    await goLive(page);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
    expect(readArticle(id)!.status).toBe('published');
  });

  test('an article without a byline goes live only once the warning is confirmed, and the audit log records what was confirmed', async ({ page }) => {
    const editor = await newStaff('editor', 'Biên Tập Xác Nhận');
    await signInContext(page, editor.email, editor.password);
    const title = `Bài chưa ký tên ${Date.now()}`;
    const id = await writeArticle(page, { title, lead: 'Sa-pô.', body: 'Nội dung bài chưa ký tên.' });
    await page.getByRole('button', { name: 'Xóa dòng 1' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();

    // Unconfirmed, or confirmed in part, the Server Action refuses, naming each warning.
    const body = { type: 'doc', content: [paragraph('Nội dung bài chưa ký tên.')] };
    for (const confirmed of [undefined, ['no-cover']]) {
      const answer = await publishDirectly(page.request, id, { title, body }, confirmed);
      expect(answer).toContain('"error":"checks"');
      expect(answer).toContain('Cần xác nhận trước khi đăng: Bài chưa có tên tác giả. Bài chưa có ảnh đại diện.');
    }
    expect(readArticle(id)!.status).toBe('draft');

    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const panel = publishChecksPanel(page, 'Xuất bản');
    await expect(panel.getByRole('listitem')).toHaveText(['Bài chưa có tên tác giả.', 'Bài chưa có ảnh đại diện.']);
    const confirm = panel.getByRole('button', { name: 'Xác nhận xuất bản' });
    await expect(confirm).toBeDisabled();
    await panel.getByRole('checkbox', { name: 'Tôi đã xem các cảnh báo trên và vẫn muốn đăng' }).check();
    await confirm.click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();

    const audit = queryE2eDb<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'article.publish' AND target_type = 'article' AND target_id = ?",
      id,
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ status: 'published', confirmedWarnings: ['no-byline', 'no-cover'] });
  });

  test('restoring a revision of a live article fills the working copy; readers see it only after Cập nhật', async ({ page, browser }) => {
    const editor = await newStaff('editor', 'Biên Tập Khôi Phục');
    await signInContext(page, editor.email, editor.password);
    const id = await writeArticle(page, { title: `Bài khôi phục ${Date.now()}`, lead: 'Sa-pô bản đầu.', body: 'Thân bài.' });
    await goLive(page);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
    const path = (await page.getByRole('link', { name: 'Xem trên trang' }).getAttribute('href'))!;
    await page.getByLabel('Sa-pô').fill('Sa-pô bản sửa.');
    await goLive(page, 'Cập nhật');
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
    const live = readArticle(id)!;
    expect(live.lead).toBe('Sa-pô bản sửa.');

    const published = queryE2eDb<{ id: number; version: number }>(
      "SELECT id, version FROM article_revisions WHERE article_id = ? AND reason = 'publish'",
      id,
    )[0]!;
    await page.goto(`/admin/articles/${id}/revisions?xem=${published.id}`);
    await expect(page.getByText(/Bài đang đăng: bản khôi phục mở trong trình soạn/)).toBeVisible();
    await page.getByRole('button', { name: `Khôi phục phiên bản ${published.version}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
    await expect(page.getByLabel('Sa-pô')).toHaveValue('Sa-pô bản đầu.');
    await expect(page.getByText(/chưa cập nhật lên trang/).first()).toBeVisible();
    // The restore is audited: who, which revision, which article.
    const restored = queryE2eDb<{ actor_id: number; detail: string }>(
      "SELECT actor_id, detail FROM audit_log WHERE action = 'article.restore_working_copy' AND target_id = ?",
      id,
    );
    expect(restored).toHaveLength(1);
    expect(restored[0]!.actor_id).toBe(editor.id);
    expect(JSON.parse(restored[0]!.detail)).toMatchObject({ revisionId: published.id, restoredVersion: published.version });

    // Nothing changed for readers.
    expect(readArticle(id)).toMatchObject({ lead: 'Sa-pô bản sửa.', version: live.version, status: 'published' });
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(path);
    await expect(reader.getByText('Sa-pô bản sửa.')).toBeVisible();

    await goLive(page, 'Cập nhật');
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
    expect(readArticle(id)).toMatchObject({ lead: 'Sa-pô bản đầu.', version: live.version + 1 });
    await reader.goto(path);
    await expect(reader.getByText('Sa-pô bản đầu.')).toBeVisible();
    await reader.close();
  });

  test('Gỡ bài asks first: cancelled, the article stays live; confirmed, it comes down', async ({ page }) => {
    const editor = await newStaff('editor', 'Biên Tập Gỡ Bài');
    await signInContext(page, editor.email, editor.password);
    const id = await writeArticle(page, { title: `Bài gỡ có hỏi ${Date.now()}`, lead: 'Sa-pô.', body: 'Nội dung.' });
    await goLive(page);
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();

    const ask = page.getByRole('dialog', { name: 'Gỡ bài khỏi trang?' });
    // The publish's refresh replaces the editor (the page was /admin/articles/new): the bar's
    // buttons wait for it, so this click opens a dialog that stays open.
    await page.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
    await expect(ask).toBeVisible();
    // The safe choice has the focus; Esc closes as Hủy does.
    await expect(ask.getByRole('button', { name: 'Hủy' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(ask).toHaveCount(0);
    await page.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
    await ask.getByRole('button', { name: 'Hủy' }).click();
    expect(readArticle(id)!.status).toBe('published');

    await unpublish(page);
    await expect(page.getByText('Trạng thái: Đã gỡ')).toBeVisible();
    expect(readArticle(id)!.status).toBe('unpublished');
  });

  test('typing right after a link does not extend it', async ({ page }) => {
    const editor = await newStaff('editor', 'Biên Tập Liên Kết');
    await signInContext(page, editor.email, editor.password);
    const id = await writeArticle(page, { title: `Bài có liên kết ${Date.now()}`, lead: 'Sa-pô.', body: 'Xem nguồn' });
    await bodyEditor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
    await page.getByLabel('Địa chỉ liên kết').fill('https://www.qdnd.vn/');
    await page.getByLabel('Địa chỉ liên kết').press('Enter');
    await bodyEditor(page).press('End');
    await page.keyboard.type('. Hết.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
    const [first] = (JSON.parse(readArticle(id)!.body) as { content: { content: { text: string; marks?: unknown[] }[] }[] }).content;
    expect(first!.content).toEqual([
      { type: 'text', text: 'Xem nguồn', marks: [{ type: 'link', attrs: { href: 'https://www.qdnd.vn/' } }] },
      { type: 'text', text: '. Hết.' },
    ]);
  });
});
