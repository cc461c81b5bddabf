import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bodyEditor, expectSaved, goLive, newStaff, readArticle, writeArticle } from '../helpers/articles';
import { queryE2eDb, signInContext } from '../helpers/auth';

// Working together and in comfort: two editors on one article (presence, take-over, the
// three-way conflict merge: only paragraphs both changed ask, Ctrl+S), a shareable preview link opened by someone
// outside the newsroom then revoked, a slug change answered by a 308, and clipboard HTML pasted
// from Word into the body as a browser delivers it.

const FIXTURES = path.join(process.cwd(), 'lib/article-body/paste/fixtures');

/** Pastes HTML into the body the way a browser does: a paste event carrying text/html. */
async function pasteHtml(page: Page, html: string) {
  await bodyEditor(page).evaluate((editor, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'văn bản thuần');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

const paragraph = (page: Page, text: string) => bodyEditor(page).getByText(text, { exact: true });

test('two editors: each sees the other, one takes over, the other merges the conflict against their common version', async ({ browser }) => {
  const first = await newStaff('editor', 'Biên Tập Lan');
  const second = await newStaff('editor', 'Biên Tập Minh');
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signInContext(a, first.email, first.password);
  await signInContext(b, second.email, second.password);
  const id = await writeArticle(a, {
    title: 'Bài hai biên tập cùng mở',
    lead: 'Sa-pô chung.',
    body: 'Đoạn một của bài.\nĐoạn hai giữ nguyên.\nĐoạn ba của bài.',
  });

  await b.goto(`/admin/articles/${id}`);
  await expect(b.getByRole('status').filter({ hasText: 'Đang được Biên Tập Lan chỉnh sửa' })).toBeVisible();
  await expect(a.getByRole('status').filter({ hasText: 'Đang được Biên Tập Minh chỉnh sửa' })).toBeVisible();

  await b.getByRole('button', { name: 'Tiếp quản', exact: true }).click();
  await expect(a.getByRole('alert').filter({ hasText: 'Biên Tập Minh đã tiếp quản bài này' })).toBeVisible();
  await expect(b.getByText(/Đang được .* chỉnh sửa/)).toHaveCount(0);

  // Minh edits the first and third paragraphs and saves with Ctrl+S.
  await paragraph(b, 'Đoạn một của bài.').click();
  await b.keyboard.press('End');
  await b.keyboard.type(' Minh sửa.');
  await paragraph(b, 'Đoạn ba của bài.').click();
  await b.keyboard.press('End');
  await b.keyboard.type(' Minh thêm.');
  await b.keyboard.press('Control+s');
  await expectSaved(b);

  // Lan, still on the older version, edits the first paragraph: her save meets Minh's. Compared
  // with the version both started from, only the first paragraph was changed by both: Minh's
  // third paragraph is merged without asking.
  await paragraph(a, 'Đoạn một của bài.').click();
  await a.keyboard.press('End');
  await a.keyboard.type(' Lan thêm.');
  await a.getByRole('button', { name: 'Lưu', exact: true }).click();
  const conflict = a.getByRole('alertdialog', { name: 'Xung đột: bài đã được sửa ở nơi khác' });
  await expect(conflict.getByRole('heading', { name: 'Đã tự gộp 1 chỗ chỉ một bên sửa' })).toBeVisible();
  await expect(conflict.getByRole('listitem').filter({ hasText: 'Đoạn 3: theo thay đổi trong bản đang lưu' }).locator('ins')).toContainText('Minh thêm.');
  await expect(conflict.getByRole('heading', { name: '1 chỗ cả hai bên cùng sửa: chọn giữ bản nào' })).toBeVisible();
  const both = conflict.getByRole('group', { name: 'Đoạn 1: hai bản khác nhau' });
  await expect(both.getByRole('radio', { name: 'Giữ bản của tôi' })).toBeChecked();
  await expect(both.locator('del')).toContainText('Minh sửa.');
  await expect(conflict.getByRole('group', { name: /Đoạn 3/ })).toHaveCount(0);
  await conflict.getByRole('button', { name: 'Lưu bản đã gộp' }).click();
  await expectSaved(a);
  await expect(conflict).toHaveCount(0);
  const body = readArticle(id)!.body;
  expect(body).toContain('Đoạn một của bài. Lan thêm.');
  expect(body).not.toContain('Minh sửa.');
  expect(body).toContain('Đoạn ba của bài. Minh thêm.');
  await expect(paragraph(a, 'Đoạn ba của bài. Minh thêm.')).toBeVisible();
});

test('a preview link opens the draft for someone outside the newsroom until revoked; a new slug answers 308 from the old one', async ({ browser, page }) => {
  const editor = await newStaff('editor', 'Biên Tập Xem Trước');
  await signInContext(page, editor.email, editor.password);
  const id = await writeArticle(page, { title: 'Bài gửi pháp chế đọc trước', lead: 'Sa-pô cho pháp chế.', body: 'Nội dung cần kiểm tra.' });
  await page.goto(`/admin/articles/${id}`);

  const panel = page.getByRole('region', { name: 'Liên kết xem trước' });
  await panel.getByRole('button', { name: 'Tạo liên kết xem trước' }).click();
  const url = await panel.getByLabel('Liên kết mới (chỉ hiện lần này)').inputValue();
  expect(url).toMatch(/\/xem-truoc\/p1\.[\w-]{32}$/);

  const outside = await browser.newContext();
  const reader = await outside.newPage();
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toMatch(/no-store/);
  await expect(reader.getByRole('heading', { level: 1, name: 'Bài gửi pháp chế đọc trước' })).toBeVisible();
  await expect(reader.getByText('Nội dung cần kiểm tra.')).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // The link opens the article, not the newsroom.
  const newsroom = await outside.request.get(`/admin/articles/${id}`, { maxRedirects: 0 });
  expect(newsroom.status()).toBeGreaterThanOrEqual(300);
  expect(newsroom.headers().location).toMatch(/\/admin\/login/);

  await panel.getByRole('button', { name: /^Thu hồi liên kết/ }).click();
  await expect(panel.getByText('Chưa có liên kết nào đang mở.')).toBeVisible();
  expect((await outside.request.get(url)).status()).toBe(404);
  await outside.close();
  const audit = queryE2eDb<{ action: string }>("SELECT action FROM audit_log WHERE target_type = 'article' AND target_id = ? AND action LIKE 'article.preview_link_%' ORDER BY id", id);
  expect(audit.map((row) => row.action)).toEqual(['article.preview_link_create', 'article.preview_link_revoke']);

  // Published, then given a new slug: the old address answers 308 to the new one.
  await goLive(page);
  await expect(panel).toHaveCount(0);
  const [section] = queryE2eDb<{ slug: string }>('SELECT s.slug FROM sections s JOIN articles a ON a.section_id = s.id WHERE a.id = ?', id);
  const oldPath = `/${section!.slug}/${readArticle(id)!.slug}-${id}`;
  await page.getByLabel('Đường dẫn (slug)').fill('bai-da-doi-duong-dan');
  await goLive(page, 'Cập nhật');
  await expect.poll(() => readArticle(id)?.slug).toBe('bai-da-doi-duong-dan');
  const old = await page.request.get(oldPath, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/${section!.slug}/bai-da-doi-duong-dan-${id}$`));
});

test('pasting from Word keeps its structure, an image becomes a photo block with a notice, undo and redo, counts, hints, Ctrl+S', async ({ page }) => {
  const editor = await newStaff('editor', 'Biên Tập Dán Bài');
  await signInContext(page, editor.email, editor.password);
  await page.goto('/admin/articles/new');
  const body = bodyEditor(page);
  const counts = page.getByText(/^\d+ từ · \d+ ký tự$/);
  await expect(counts).toHaveText('0 từ · 0 ký tự');

  await body.click();
  await pasteHtml(page, fs.readFileSync(path.join(FIXTURES, 'word.html'), 'utf8'));
  await expect(body.getByRole('heading', { level: 2, name: 'Mùa cà phê ở Tây Nguyên' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'trong mười năm' })).toHaveAttribute('href', 'https://example.vn/gia-ca-phe');
  const nested = body.getByRole('listitem').filter({ hasText: 'Giá cao kỷ lục' }).getByRole('list').getByRole('listitem');
  await expect(nested).toHaveText('Robusta tăng 20%');
  await expect(body.getByRole('cell', { name: '550.000 tấn' })).toBeVisible();
  await expect(body).not.toContainText('·');
  await expect(page.getByRole('status').filter({ hasText: 'Đã dán 1 ảnh thành khối ảnh trống' })).toBeVisible();
  await expect(body.getByText('Chưa chọn ảnh')).toBeVisible();
  await expect(counts).not.toHaveText('0 từ · 0 ký tự');

  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(body.getByRole('heading', { name: 'Mùa cà phê ở Tây Nguyên' })).toHaveCount(0);
  await expect(counts).toHaveText('0 từ · 0 ký tự');
  await page.getByRole('button', { name: 'Làm lại' }).click();
  await expect(body.getByRole('heading', { name: 'Mùa cà phê ở Tây Nguyên' })).toBeVisible();

  // A full stop typed right after a pasted link is not part of the link.
  await body.getByText('Dòng hai').click();
  await page.keyboard.press('End');
  await pasteHtml(page, '<p> Xem <a href="https://example.vn/nguon">nguồn</a></p>');
  await page.keyboard.type('.');
  await expect(body.getByRole('link', { name: 'nguồn' })).toHaveText('nguồn');
  await expect(body).toContainText('Xem nguồn.');

  const title = page.getByLabel('Tiêu đề', { exact: true });
  const long = `${'Giá cà phê '.repeat(10)}tăng`;
  await title.fill(long);
  await expect(page.getByText(`${[...long].length}/100 ký tự: tiêu đề dài quá`)).toBeVisible();
  await title.fill('Mùa cà phê Tây Nguyên được giá');
  await expect(page.getByText('30/100 ký tự')).toBeVisible();
  await page.getByLabel('Tiêu đề SEO').fill('Cà phê Tây Nguyên được giá kỷ lục');
  const result = page.getByRole('figure', { name: 'Xem trước trên kết quả tìm kiếm' });
  await expect(result).toContainText('Cà phê Tây Nguyên được giá kỷ lục');
  await expect(result).toContainText('mua-ca-phe-tay-nguyen-duoc-gia');

  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expectSaved(page);
  const id = Number(/\/admin\/articles\/(\d+)$/.exec(page.url())![1]);
  const stored = JSON.parse(readArticle(id)!.body) as { content: { type: string }[] };
  expect(stored.content.map((block) => block.type)).toEqual([
    'heading',
    'paragraph',
    'bulletList',
    'orderedList',
    'heading',
    'table',
    'figure',
    'paragraph',
  ]);
});
