import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_BASE_URL, E2E_OWNER } from '../helpers/env';
import { createStaff, findUser, queryE2eDb, signIn, signInContext, signInPage, uniqueEmail } from '../helpers/auth';
import { serverActionId } from '../helpers/server-actions';

const PASSWORD = 'Mật khẩu tòa soạn 2026';
const IDLE = { status: 'idle', message: '' };
const suffix = () => Date.now().toString(36);

type SectionRow = { id: number; slug: string };
const sectionBySlug = (slug: string) => queryE2eDb<SectionRow>('SELECT id, slug FROM sections WHERE slug = ?', slug)[0];

function sectionAction(exportedName: string, fields: Record<string, string>, origin?: string | null) {
  return { exportedName, fields, origin };
}

/**
 * Calls a section action as React's client does. The root part "0" goes last, after the form
 * fields it points at: the server decodes the arguments as soon as "0" arrives, so fields sent
 * after it are lost (a plain object puts "0" first, hence a FormData here).
 */
async function callServerAction(request: APIRequestContext, call: ReturnType<typeof sectionAction>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(call.fields)) form.append(`_1_${name}`, value);
  form.append('0', JSON.stringify([IDLE, '$K1']));
  const headers: Record<string, string> = {
    'Next-Action': serverActionId('app/admin/sections/actions.ts', call.exportedName),
    Accept: 'text/x-component',
  };
  const origin = call.origin === undefined ? E2E_BASE_URL : call.origin;
  if (origin !== null) headers.Origin = origin;
  return request.post('/admin/sections', { headers, multipart: form, maxRedirects: 0 });
}

async function signedIn(playwright: { request: { newContext(o: { baseURL: string }): Promise<APIRequestContext> } }, email?: string) {
  const context = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  if (email) await signIn(context, email, email === E2E_OWNER.email ? E2E_OWNER.password : PASSWORD);
  return context;
}

test.describe('newsroom tools: sections, tags, audit log, import', () => {
  test('an admin renames a section slug: the old URL answers 308 and the new page lists its articles', async ({ page, request }) => {
    const section = queryE2eDb<SectionRow>("SELECT id, slug FROM sections WHERE name = 'Thể thao'")[0]!;
    const article = queryE2eDb<{ id: number; slug: string; title: string }>(
      "SELECT id, slug, title FROM articles WHERE section_id = ? AND status = 'published' ORDER BY published_at DESC LIMIT 1",
      section.id,
    )[0]!;
    const newSlug = `the-thao-${suffix()}`;
    // Warm the cached home page, whose navigation must change with the rename.
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Chuyên mục' });
    await expect(nav.getByRole('link', { name: 'Thể thao' })).toHaveAttribute('href', `/${section.slug}`);

    await signInPage(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Chuyên mục' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chuyên mục' })).toBeVisible();
    const item = page.getByRole('region', { name: 'Chuyên mục Thể thao' });
    await item.getByText('Sửa chuyên mục').click();
    await item.getByLabel('Đường dẫn').fill('chu-de');
    await item.getByRole('button', { name: 'Lưu chuyên mục' }).click();
    await expect(item.getByText('Đường dẫn này dành cho trang khác của báo.')).toBeVisible();
    await item.getByLabel('Đường dẫn').fill(newSlug);
    await item.getByRole('button', { name: 'Lưu chuyên mục' }).click();
    await expect(item.getByRole('status').filter({ hasText: 'Đã lưu chuyên mục' })).toContainText(`/${section.slug} sẽ chuyển sang /${newSlug}`);

    const old = await request.get(`/${section.slug}?trang=1`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers()['location']).toBe(`/${newSlug}?trang=1`);
    const oldArticle = await request.get(`/${section.slug}/${article.slug}-${article.id}`, { maxRedirects: 0 });
    expect(oldArticle.status()).toBe(308);
    expect(oldArticle.headers()['location']).toBe(`/${newSlug}/${article.slug}-${article.id}`);

    await page.goto(`/${section.slug}`);
    await expect(page).toHaveURL(new RegExp(`/${newSlug}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Thể thao' })).toBeVisible();
    await expect(page.getByRole('link', { name: article.title }).first()).toBeVisible();
    await page.goto('/');
    await expect(nav.getByRole('link', { name: 'Thể thao' })).toHaveAttribute('href', `/${newSlug}`);
    expect(queryE2eDb("SELECT target_id FROM slug_redirects WHERE kind = 'section' AND old_slug = ?", section.slug)).toEqual([{ target_id: section.id }]);
  });

  test('an admin reorders sections with up and down', async ({ page }) => {
    const topLevel = () => queryE2eDb<{ name: string }>('SELECT name FROM sections WHERE parent_id IS NULL ORDER BY position, id').map((r) => r.name);
    const before = topLevel();
    const i = before.indexOf('Kinh tế');
    const expected = [...before];
    [expected[i - 1], expected[i]] = [expected[i]!, expected[i - 1]!];

    await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.goto('/admin/sections');
    await page.getByRole('button', { name: 'Chuyển Kinh tế lên' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã chuyển “Kinh tế” lên.' })).toBeVisible();
    expect(topLevel()).toEqual(expected);
    // The page shows the new order: Kinh tế now comes right before its old upper neighbour.
    const labels = () => page.getByRole('region', { name: /^Chuyên mục / }).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    await expect.poll(async () => {
      const shown = await labels();
      return shown.indexOf('Chuyên mục Kinh tế') < shown.indexOf(`Chuyên mục ${before[i - 1]}`);
    }).toBe(true);
    await page.getByRole('button', { name: 'Chuyển Kinh tế xuống' }).click();
    await expect.poll(topLevel).toEqual(before);
  });

  test('merging tag A into B moves its articles without duplicates and its URL answers 308', async ({ page, request }) => {
    // A pair of tags sharing an article, where A also has an article B lacks.
    const pair = queryE2eDb<{ a: number; aSlug: string; aName: string; b: number; bSlug: string }>(
      `SELECT ta.id a, ta.slug aSlug, ta.name aName, tb.id b, tb.slug bSlug FROM article_tags x
       JOIN article_tags y ON y.article_id = x.article_id AND y.tag_id <> x.tag_id
       JOIN tags ta ON ta.id = x.tag_id JOIN tags tb ON tb.id = y.tag_id
       WHERE ta.name <> 'Bài mẫu' AND tb.name <> 'Bài mẫu'
         AND EXISTS (SELECT 1 FROM article_tags z WHERE z.tag_id = ta.id
                     AND NOT EXISTS (SELECT 1 FROM article_tags w WHERE w.article_id = z.article_id AND w.tag_id = tb.id))
       LIMIT 1`,
    )[0]!;
    const articlesOfA = queryE2eDb<{ id: number; title: string }>(
      'SELECT a.id, a.title FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE t.tag_id = ?',
      pair.a,
    );
    const expectedIds = queryE2eDb<{ id: number }>('SELECT DISTINCT article_id id FROM article_tags WHERE tag_id IN (?, ?) ORDER BY id', pair.a, pair.b);
    await page.goto(`/chu-de/${pair.bSlug}`); // cached before the merge; must not stay stale

    await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.goto(`/admin/tags?q=${encodeURIComponent(pair.aName)}`);
    const item = page.getByRole('region', { name: `Thẻ ${pair.aName}`, exact: true });
    await item.getByText('Gộp vào thẻ khác').click();
    await item.getByLabel('Gộp vào thẻ (tên hoặc đường dẫn)').fill(pair.bSlug);
    await item.getByRole('button', { name: 'Gộp thẻ' }).click();
    // Merging cannot be undone: the dialog asks first, naming both tags.
    const ask = page.getByRole('dialog', { name: `Gộp thẻ “${pair.aName}”?` });
    await expect(ask).toContainText(pair.bSlug);
    await ask.getByRole('button', { name: 'Xác nhận gộp thẻ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã gộp thẻ' })).toHaveText(`Đã gộp thẻ /chu-de/${pair.aSlug} vào /chu-de/${pair.bSlug}.`);

    expect(queryE2eDb('SELECT id FROM tags WHERE id = ?', pair.a)).toEqual([]);
    expect(queryE2eDb('SELECT article_id id FROM article_tags WHERE tag_id = ? ORDER BY article_id', pair.b)).toEqual(expectedIds);
    const old = await request.get(`/chu-de/${pair.aSlug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers()['location']).toBe(`/chu-de/${pair.bSlug}`);
    await page.goto(`/chu-de/${pair.aSlug}`);
    await expect(page).toHaveURL(new RegExp(`/chu-de/${pair.bSlug}$`));
    for (const article of articlesOfA) await expect(page.getByRole('link', { name: article.title }).first()).toBeVisible();
  });

  test('an editor gets 403 on sections and the audit log, and direct section action calls are refused', { tag: '@requests' }, async ({ playwright }) => {
    const editorEmail = uniqueEmail('bien-tap');
    await createStaff({ email: editorEmail, password: PASSWORD, name: 'Biên tập viên T', role: 'editor' });
    const editor = await signedIn(playwright, editorEmail);
    expect((await editor.get('/admin/sections', { maxRedirects: 0 })).status()).toBe(403);
    expect((await editor.get('/admin/audit', { maxRedirects: 0 })).status()).toBe(403);
    expect((await editor.get('/admin/tags', { maxRedirects: 0 })).status()).toBe(200);
    expect((await editor.get('/admin/import', { maxRedirects: 0 })).status()).toBe(200);

    const slug = `lau-${suffix()}`;
    const fields = { name: 'Chuyên mục lậu', slug, description: '', parentId: '' };
    const thoiSu = sectionBySlug('thoi-su')!;
    const rename = { id: String(thoiSu.id), name: 'Thời sự', slug: `doi-${slug}`, description: '', parentId: '' };
    const anonymous = await signedIn(playwright);
    expect(await (await callServerAction(anonymous, sectionAction('createSectionAction', fields))).text()).toContain('Phiên đăng nhập đã hết hạn');
    expect(await (await callServerAction(editor, sectionAction('createSectionAction', fields))).text()).toContain('không có quyền');
    expect(await (await callServerAction(editor, sectionAction('updateSectionAction', rename))).text()).toContain('không có quyền');
    expect(await (await callServerAction(editor, sectionAction('deleteSectionAction', { id: String(thoiSu.id) }))).text()).toContain('không có quyền');
    const admin = await signedIn(playwright, E2E_OWNER.email);
    for (const origin of ['https://ke-gian.example', null, 'null']) {
      const response = await callServerAction(admin, sectionAction('createSectionAction', fields, origin));
      expect(response.ok() ? await response.text() : 'refused').not.toContain('Đã tạo chuyên mục');
    }
    expect(sectionBySlug(slug)).toBeUndefined();
    expect(sectionBySlug('thoi-su')).toEqual(thoiSu);

    // The same call from the admin's own origin goes through: the refusals above were real.
    expect(await (await callServerAction(admin, sectionAction('createSectionAction', fields))).text()).toContain('Đã tạo chuyên mục');
    expect(sectionBySlug(slug)).toBeDefined();
    await Promise.all([anonymous.dispose(), editor.dispose(), admin.dispose()]);
  });

  test('bulk import turns scraped files into needs-headline drafts, once, and refuses binary files', async ({ page }) => {
    const editorEmail = uniqueEmail('nhap-bai');
    const editorId = await createStaff({ email: editorEmail, password: PASSWORD, name: 'Biên tập viên N', role: 'editor' });
    const seed = fs.readFileSync(path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt'), 'utf8');
    const marker = `Bản nhập thử ${suffix()}`;
    const variant = seed.replace('Báo cáo trung tâm tại hội nghị', `${marker}: báo cáo trung tâm tại hội nghị`);
    const files = [
      { name: 'goc.txt', mimeType: 'text/plain', buffer: Buffer.from(seed) },
      { name: 'bien-the.txt', mimeType: 'text/plain', buffer: Buffer.from(variant) },
      { name: 'anh.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    ];

    await signInPage(page, editorEmail, PASSWORD);
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Nhập bài' }).click();
    await page.getByLabel(/Tệp \.txt đã cào/).setInputFiles(files);
    await page.getByRole('button', { name: 'Nhập bài' }).click();
    const results = page.getByRole('list', { name: 'Kết quả từng tệp' });
    await expect(page.getByRole('status').filter({ hasText: 'Xong:' })).toHaveText('Xong: 1 bài mới, 1 bài đã có, 1 tệp lỗi.');
    await expect(results.getByRole('listitem').filter({ hasText: 'goc.txt' })).toContainText('đã nhập trước đó');
    await expect(results.getByRole('listitem').filter({ hasText: 'anh.txt' })).toContainText('UTF-8');
    const line = results.getByRole('listitem').filter({ hasText: 'bien-the.txt' });
    await expect(line).toContainText('bài mới');
    await expect(line).toContainText('Bản nháp · cần đặt tít');

    const imported = queryE2eDb<{ id: number; status: string; needs_headline: number; created_by: number; body: string; source_hash: string }>(
      'SELECT id, status, needs_headline, created_by, body, source_hash FROM articles WHERE lead LIKE ?',
      `${marker}%`,
    );
    expect(imported).toHaveLength(1);
    const draft = imported[0]!;
    expect(draft).toMatchObject({ status: 'draft', needs_headline: 1, created_by: editorId });
    expect(draft.body).toContain('Quang cảnh hội nghị.');
    expect(queryE2eDb('SELECT name FROM article_bylines WHERE article_id = ?', draft.id)).toEqual([{ name: 'TRẦN ANH MINH' }]);
    await expect(line.getByRole('link', { name: `Sửa bài #${draft.id}` })).toHaveAttribute('href', `/admin/articles/${draft.id}`);

    await page.getByLabel(/Tệp \.txt đã cào/).setInputFiles([files[1]!]);
    await page.getByRole('button', { name: 'Nhập bài' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Xong:' })).toHaveText('Xong: 0 bài mới, 1 bài đã có, 0 tệp lỗi.');
    await expect(results.getByRole('listitem')).toContainText([`đã nhập trước đó, không tạo bản sao #${draft.id}`]);
    expect(queryE2eDb('SELECT id FROM articles WHERE source_hash = ?', draft.source_hash)).toHaveLength(1);
    expect(queryE2eDb("SELECT actor_email FROM audit_log WHERE action = 'import.article' AND target_id = ?", draft.id)).toEqual([
      { actor_email: editorEmail },
    ]);
    expect(findUser(editorEmail)?.role).toBe('editor');
  });
});
