import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { axeViolations } from '../helpers/axe';
import { bodyEditor, callArticleAction, goLive, newStaff, publishChecksPanel, readArticle, writeArticle } from '../helpers/articles';
import { signIn, signInContext } from '../helpers/auth';
import { seedArticlePath } from '../helpers/page-types';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_OWNER } from '../helpers/env';
import { MEDIA_DIR, postUpload, smallPng, type UploadedMedia } from './media-fixtures';

// The body blocks from the writer's keyboard to the reader's screen: table, gallery, embed, pull
// quote and info box written in the editor, saved, published and read, with the invariant that
// a page with an embed asks no third party for anything until the reader presses play.

const SITE = new URL(E2E_BASE_URL).origin;
const YOUTUBE_ID = 'aqz-KE-bpKQ';
const YOUTUBE_URL = `https://www.youtube.com/watch?v=${YOUTUBE_ID}`;
const TIKTOK_URL = 'https://www.tiktok.com/@tiktok/video/6718335390845095173';
const thirdParty = (requests: Request[]) => requests.map((r) => r.url()).filter((url) => !url.startsWith('data:') && new URL(url).origin !== SITE);

/** Moves the cursor to the end of the article's first paragraph, where the next block goes. */
async function cursorAfterFirstParagraph(page: Page) {
  await bodyEditor(page).getByText('Đoạn mở đầu.').click();
  await page.keyboard.press('End');
}

async function choosePhoto(page: Page, chooseButton: ReturnType<Page['getByRole']>, caption: string) {
  const picker = page.getByRole('dialog', { name: 'Chọn ảnh cho khối ảnh' });
  await chooseButton.click();
  await picker.getByLabel('Tìm ảnh trong thư viện').fill(caption);
  await picker.getByLabel('Tìm ảnh trong thư viện').press('Enter');
  await picker.getByRole('button', { name: `Chọn ảnh: ${caption}` }).click();
  await expect(picker).toHaveCount(0);
}

test('an editor writes a table, gallery, embeds (typed and pasted), pull quote and info box; readers get them without JavaScript needs and no third-party request before play', async ({ page, playwright }) => {
  test.setTimeout(180_000);
  const editor = await newStaff('editor', 'Biên tập viên khối');
  const api = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await signIn(api, editor.email, editor.password);
  const stamp = Date.now();
  const photos: UploadedMedia[] = [];
  for (const n of [1, 2]) {
    const upload = await postUpload(api, { name: `bo-anh-${n}.png`, mimeType: 'image/png', buffer: await smallPng() }, { caption: `Bộ ảnh ${stamp} số ${n}`, alt: `Vườn cà phê ${stamp} ảnh ${n}` });
    expect(upload.status()).toBe(201);
    photos.push(((await upload.json()) as { media: UploadedMedia }).media);
  }
  // The video's poster, already in the media folder where a save looks before asking the platform
  // (named as lib/media/embed-thumbnails.ts names it): the e2e server's oEmbed endpoints are its
  // own origin (playwright.config.ts), which knows no video. The oEmbed fetch itself is
  // unit-tested against a local stub.
  const poster = `embeds/${createHash('sha256').update(YOUTUBE_URL).digest('hex').slice(0, 32)}.webp`;
  fs.mkdirSync(path.join(MEDIA_DIR, 'embeds'), { recursive: true });
  fs.writeFileSync(path.join(MEDIA_DIR, poster), await sharp({ create: { width: 480, height: 270, channels: 3, background: '#7a4b2a' } }).webp().toBuffer());

  await signInContext(page, editor.email, editor.password);
  const title = `Bài đủ các khối ${stamp}`;
  const id = await writeArticle(page, { title, lead: 'Sa-pô bài có bảng, bộ ảnh và video.', body: 'Đoạn mở đầu.' });

  // Blocks go in after the first paragraph, so they are inserted last to first.
  // A platform's URL pasted alone on an empty line becomes its embed.
  await cursorAfterFirstParagraph(page);
  await page.keyboard.press('Enter');
  await bodyEditor(page).evaluate((el, text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, TIKTOK_URL);
  await expect(page.getByRole('figure', { name: 'Khối nhúng' })).toContainText('TikTok · video');

  // Embed: a URL from elsewhere is refused before insertion, in Vietnamese.
  await cursorAfterFirstParagraph(page);
  await page.getByRole('button', { name: 'Nhúng', exact: true }).click();
  const embedUrl = page.getByLabel('Địa chỉ YouTube, Facebook, TikTok, X hoặc Google Maps');
  await embedUrl.fill('https://evil.example/watch?v=1');
  await page.getByRole('button', { name: 'Chèn khối nhúng' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chỉ nhúng được địa chỉ của YouTube' })).toBeVisible();
  await embedUrl.fill(`https://youtu.be/${YOUTUBE_ID}`);
  await page.getByRole('button', { name: 'Chèn khối nhúng' }).click();
  const embedBlock = page.getByRole('figure', { name: 'Khối nhúng' }).first();
  await expect(embedBlock).toContainText('YouTube · video');
  await embedBlock.getByLabel('Tiêu đề hiển thị cho người đọc').fill('Mùa thu hoạch cà phê');

  // Every toolbar button is named in Vietnamese and has a tooltip; the styles' tooltips add the shortcut.
  const toolbar = page.getByRole('toolbar', { name: 'Định dạng' });
  const toolbarButtons = await toolbar.getByRole('button').all();
  expect(toolbarButtons.length).toBeGreaterThanOrEqual(15);
  for (const button of toolbarButtons) {
    await expect(button).toHaveAccessibleName(/\p{L}{2}/u);
    await expect(button).toHaveAttribute('title', /\p{L}{2}/u);
  }
  const bold = toolbar.getByRole('button', { name: 'Đậm', exact: true });
  await expect(bold).toHaveAttribute('title', 'Đậm (Ctrl+B)');
  await expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  const [undo, redo] = [toolbar.getByRole('button', { name: 'Hoàn tác' }), toolbar.getByRole('button', { name: 'Làm lại' })];
  await expect(undo).toHaveAttribute('title', 'Hoàn tác (Ctrl+Z)');
  await expect(redo).toHaveAttribute('title', 'Làm lại (Ctrl+Shift+Z)');
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  // The toolbar by keyboard (WAI-ARIA toolbar): one Tab stop, the arrow keys, Home and End inside
  // it, wrapping round; a disabled button is still reached, so focus never falls out of the bar.
  await cursorAfterFirstParagraph(page);
  await page.keyboard.press('Shift+Tab');
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Nghiêng' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(redo).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(undo).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bold).toBeFocused();
  await page.keyboard.press('Home');
  await expect(bold).toBeFocused();
  expect(await toolbar.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).tabIndex === 0).length)).toBe(1);
  await page.keyboard.press('Tab');
  await expect(bodyEditor(page)).toBeFocused();
  // Pressed from the keyboard, a style applies where the writer was, and the button says it is on.
  await page.keyboard.press('Shift+Tab');
  await expect(bold).toBeFocused();
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('Control+B');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  // The "+" inserter by keyboard: "/" on an empty line opens its menu (typing no slash), Esc goes
  // back to the text, the arrow keys move through the blocks and Enter puts one in that line.
  await cursorAfterFirstParagraph(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('/');
  const inserter = page.getByRole('menu', { name: 'Chèn khối' });
  await expect(inserter.getByRole('menuitem', { name: 'Đoạn văn' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(inserter).toHaveCount(0);
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('/');
  await expect(inserter.getByRole('menuitem', { name: 'Đoạn văn' })).toBeFocused();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowUp');
  await expect(inserter.getByRole('menuitem', { name: 'Hộp thông tin' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inserter).toHaveCount(0);
  const infoBox = page.getByRole('complementary', { name: 'Hộp thông tin' });
  await infoBox.getByLabel('Tiêu đề hộp thông tin').fill('Cà phê Robusta');
  await infoBox.locator('[data-node-view-content] p').first().click();
  await page.keyboard.type('Thu hoạch từ tháng 10 đến tháng 1.');

  await cursorAfterFirstParagraph(page);
  await page.getByRole('button', { name: 'Trích dẫn nổi bật' }).click();
  const pullQuote = page.getByRole('figure', { name: 'Trích dẫn nổi bật' });
  await pullQuote.getByLabel('Người được trích dẫn').fill('Chủ nhiệm hợp tác xã');

  await cursorAfterFirstParagraph(page);
  await page.getByRole('button', { name: 'Chèn bộ ảnh' }).click();
  const gallery = page.getByRole('region', { name: /^Bộ ảnh/ });
  await expect(gallery.getByRole('button', { name: 'Chọn ảnh', exact: true })).toHaveCount(2);

  // An empty gallery and an empty pull quote cannot go live.
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  const panel = publishChecksPanel(page, 'Xuất bản');
  await expect(panel.getByRole('listitem').filter({ hasText: '2 khối ảnh chưa chọn ảnh (2 trong bộ ảnh)' })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Khối chưa có nội dung: trích dẫn nổi bật' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Xác nhận xuất bản' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Hủy' }).click();

  await choosePhoto(page, gallery.getByRole('button', { name: 'Chọn ảnh', exact: true }).first(), `Bộ ảnh ${stamp} số 1`);
  await choosePhoto(page, gallery.getByRole('button', { name: 'Chọn ảnh', exact: true }).nth(1), `Bộ ảnh ${stamp} số 2`);
  await gallery.getByLabel('Nguồn ảnh').first().fill('Ảnh: LÊ HÙNG');
  // Each photo's box has the photo's shape (120 × 90) before the file arrives, so the pull quote
  // below does not move under the click that follows.
  await expect(gallery.locator('.photo-choice img')).toHaveCount(2);
  for (const photo of await gallery.locator('.photo-choice img').all()) await expect(photo).toHaveAttribute('height', '180');
  // Typed once the caret is in the quote: a click that a late change of layout sent to the line
  // above (seen twice on CI) is made again rather than typed into the wrong block.
  await expect(async () => {
    await pullQuote.locator('blockquote p').click();
    expect(await pullQuote.evaluate((figure) => figure.contains(getSelection()?.anchorNode ?? null))).toBe(true);
  }).toPass({ timeout: 10_000 });
  await page.keyboard.type('Chỉ hái quả chín thì giá bán cao hơn hẳn.');

  await cursorAfterFirstParagraph(page);
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  for (const [i, text] of ['Tỉnh', 'Diện tích (ha)', 'Sản lượng (tấn)', 'Đắk Lắk', '213.000', '550.000', 'Lâm Đồng', '176.000', '480.000'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
  await page.getByLabel('Chú thích bảng').fill('Sản lượng cà phê theo tỉnh');

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
  // An insertion may leave an empty paragraph behind; readers never see one.
  const stored = readBody(id).filter((block) => block.type !== 'paragraph' || block.content);
  expect(stored.map((block) => block.type)).toEqual(['paragraph', 'table', 'gallery', 'pullQuote', 'infoBox', 'embed', 'embed']);
  expect(stored[5]).toEqual({ type: 'embed', attrs: { provider: 'youtube', url: YOUTUBE_URL, title: 'Mùa thu hoạch cà phê', thumbnail: poster } });
  expect(stored[6]).toEqual({ type: 'embed', attrs: { provider: 'tiktok', url: TIKTOK_URL, title: '' } });

  await goLive(page);
  await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();
  const articlePath = (await page.getByRole('link', { name: 'Xem trên trang' }).getAttribute('href'))!;

  // The reader at 1280 px: every request this page makes is logged; third parties are stubbed.
  const reader = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: Request[] = [];
  reader.on('request', (request) => requests.push(request));
  await reader.route((url) => url.origin !== SITE, (route) => route.fulfill({ contentType: 'text/html', body: '<p>khung nhúng</p>' }));
  const response = await reader.goto(articlePath);
  const csp = response!.headers()['content-security-policy'] ?? '';
  expect(csp.match(/frame-src[^;]*/)?.[0]).toBe('frame-src https://www.tiktok.com https://www.youtube-nocookie.com');

  const table = reader.getByRole('table', { name: 'Sản lượng cà phê theo tỉnh' });
  await expect(table.getByRole('columnheader')).toHaveText(['Tỉnh', 'Diện tích (ha)', 'Sản lượng (tấn)']);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Đắk Lắk', '213.000', '550.000']);
  await expect(reader.getByRole('region', { name: 'Sản lượng cà phê theo tỉnh' })).toBeVisible();

  const readerGallery = reader.getByRole('region', { name: 'Bộ ảnh (2 ảnh)' });
  await expect(readerGallery.getByRole('img')).toHaveCount(2);
  await readerGallery.scrollIntoViewIfNeeded();
  await expect(readerGallery.getByRole('img', { name: `Vườn cà phê ${stamp} ảnh 1` })).toBeInViewport();
  await expect(readerGallery.getByRole('img', { name: `Vườn cà phê ${stamp} ảnh 2` })).not.toBeInViewport();
  await expect(readerGallery.getByText('Ảnh: LÊ HÙNG')).toBeVisible();
  await readerGallery.getByRole('button', { name: 'Ảnh sau' }).click();
  await expect(readerGallery.getByText('2/2')).toBeVisible();
  await expect(readerGallery.getByRole('img', { name: `Vườn cà phê ${stamp} ảnh 2` })).toBeInViewport();
  // The keyboard steps back too: the strip takes focus and scrolls with the arrow keys.
  await readerGallery.getByRole('list').focus();
  await reader.keyboard.press('ArrowLeft');
  await expect(readerGallery.getByText('1/2')).toBeVisible();

  await expect(reader.getByRole('figure').filter({ hasText: 'Chỉ hái quả chín thì giá bán cao hơn hẳn.' })).toContainText('Chủ nhiệm hợp tác xã');
  await expect(reader.getByRole('note', { name: 'Cà phê Robusta' })).toContainText('Thu hoạch từ tháng 10 đến tháng 1.');

  const facade = reader.getByRole('figure').filter({ hasText: 'Mùa thu hoạch cà phê' });
  await expect(facade.getByRole('link', { name: 'Xem video trên YouTube' })).toHaveAttribute('href', YOUTUBE_URL);
  // The poster kept at save time, from this site: shown before the click, YouTube not asked.
  const posterImage = facade.getByRole('img', { name: 'Ảnh xem trước video: Mùa thu hoạch cà phê' });
  await expect(posterImage).toHaveAttribute('src', `/media/${poster}`);
  await posterImage.scrollIntoViewIfNeeded();
  await expect.poll(() => posterImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
  await reader.waitForLoadState('networkidle');
  expect(thirdParty(requests), 'no third-party request before the reader asks').toEqual([]);
  await facade.getByRole('button', { name: /Xem video YouTube/ }).click();
  await expect(facade.locator('iframe')).toHaveAttribute('src', `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}?autoplay=1`);
  await expect.poll(() => thirdParty(requests).length).toBeGreaterThan(0);
  // Only the frame the reader asked for: the TikTok facade below it stays a facade.
  expect(new Set(thirdParty(requests).map((url) => new URL(url).origin))).toEqual(new Set(['https://www.youtube-nocookie.com']));
  await expect(reader.locator('iframe')).toHaveCount(1);
  await reader.close();

  // The lite page: the same blocks as plain HTML, the embed as a link only.
  const lite = await (await api.get(`${articlePath}/ban-nhe`)).text();
  expect(lite).toMatch(/<caption id="bang-\d+-chu-thich">Sản lượng cà phê theo tỉnh<\/caption>/);
  expect(lite).toContain('<ul class="gallery-list">');
  expect(lite).toContain(`href="${YOUTUBE_URL}"`);
  expect(lite).not.toMatch(/<iframe|<button|youtube-nocookie/);

  // A save that skips the editor: an embed from anywhere else is refused by the server, in Vietnamese.
  const before = readArticle(id)!;
  const crafted = {
    title,
    slug: before.slug,
    lead: before.lead,
    body: { type: 'doc', content: [{ type: 'embed', attrs: { provider: 'youtube', url: 'https://evil.example/embed/1', title: 'x' } }] },
    sectionId: 1,
    coverMediaId: null,
    tags: [],
    bylines: [],
    seoTitle: '',
    seoDescription: '',
  };
  const refused = await (
    await callArticleAction(page.request, { file: 'save-article', name: 'saveArticleAction', page: `/admin/articles/${id}` }, [{ id, version: before.version, snapshot: crafted }])
  ).text();
  expect(refused).toContain('không nhúng được “https://evil.example/embed/1”');
  expect(readArticle(id)).toEqual(before);
});

test('only an article that embeds may frame, and only its platforms', { tag: '@requests' }, async ({ request }) => {
  const framesOf = async (path: string) => {
    const policies = (await request.get(path)).headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies, path).toHaveLength(1);
    return /frame-src ([^;]*)/.exec(policies[0]!.value)?.[1]?.split(' ') ?? null;
  };
  const demo = demoArticle();
  expect(await framesOf(`/${demo.section}/${demo.slug}-${demo.id}`)).toEqual([
    'https://platform.twitter.com',
    'https://www.facebook.com',
    'https://www.google.com',
    'https://www.tiktok.com',
    'https://www.youtube-nocookie.com',
  ]);
  for (const path of ['/', '/kinh-te', await seedArticlePath(request), '/chu-de/bai-mau']) expect(await framesOf(path), path).toBeNull();
});

test('the demo article of every block reads on a phone: the table scrolls in its box, the gallery shows one photo at a time, the page never scrolls sideways', { tag: '@mobile' }, async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'mobile', 'about the layout at 390 px');
  const demo = demoArticle();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`/${demo.section}/${demo.slug}-${demo.id}`);
  const region = page.getByRole('region', { name: /Sản lượng cà phê ước tính/ });
  await expect(region).toBeVisible();
  const box = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.client).toBeLessThanOrEqual(390);
  expect(box.scroll).toBeGreaterThan(box.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const gallery = page.getByRole('region', { name: /^Bộ ảnh/ });
  const widths = await gallery.getByRole('list').evaluate((list) => ({ list: list.clientWidth, item: (list.firstElementChild as HTMLElement).offsetWidth }));
  expect(widths.item).toBe(widths.list);
  await expect(page.getByRole('button', { name: /Xem video YouTube/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(thirdParty(requests)).toEqual([]);
});

test('the writing screen of the demo article: the readers’ type, a bar and toolbar that stay in view, settings beside the text or in a sheet on a phone, no axe violations', { tag: '@mobile' }, async ({ page }, testInfo) => {
  const phone = testInfo.project.name === 'mobile';
  await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
  await page.goto(`/admin/articles/${demoArticle().id}`);
  const gallery = page.getByRole('region', { name: /^Bộ ảnh/ });
  await expect(gallery.getByRole('img').first()).toBeVisible();
  // Headline and body are set as readers read them.
  for (const field of [page.getByLabel('Tiêu đề', { exact: true }), bodyEditor(page)]) {
    expect(await field.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Serif"/);
  }
  expect(await axeViolations(page)).toEqual([]);
  const width = phone ? 390 : 1280;
  await page.screenshot({ path: testInfo.outputPath(`editor-${width}.png`), scale: 'css' });
  await page.screenshot({ path: testInfo.outputPath(`editor-${width}-full.png`), fullPage: true, scale: 'css' });

  // Halfway down the long article the bar (status, save state, workflow buttons) and the toolbar are still on screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
  await expect(page.getByText(/^Trạng thái: Đã đăng/)).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Cập nhật', exact: true })).toBeInViewport();
  await expect(page.getByRole('toolbar', { name: 'Định dạng' })).toBeInViewport();

  const settings = page.getByRole('dialog', { name: 'Thiết lập bài' });
  const openSettings = page.getByRole('button', { name: 'Thiết lập bài' });
  if (!phone) {
    // Beside the text, always open: no button to open it.
    await expect(settings.getByLabel('Chuyên mục')).toBeVisible();
    await expect(openSettings).toBeHidden();
    const [text, panel] = [(await bodyEditor(page).boundingBox())!, (await settings.boundingBox())!];
    expect(panel.x).toBeGreaterThanOrEqual(text.x + text.width);
    return;
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const small = await page
    .locator('.editor-workflow, .editor-toolbar-bar')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.filter((b) => b.getBoundingClientRect().height < 44).map((b) => b.getAttribute('aria-label') ?? b.textContent));
  expect(small).toEqual([]);
  // On a phone the settings are a sheet: closed until asked for, focus kept inside, Esc closes it
  // and focus goes back to the button.
  await expect(settings).toBeHidden();
  await openSettings.click();
  await expect(settings.getByLabel('Chuyên mục')).toBeVisible();
  expect(await settings.evaluate((dialog) => dialog.matches(':modal'))).toBe(true);
  const stops = await settings.evaluate((dialog) => dialog.querySelectorAll('a[href], button, input, select, textarea, summary').length);
  const outside: string[] = [];
  for (let i = 0; i < stops + 2; i++) {
    await page.keyboard.press('Tab');
    const where = await settings.evaluate((dialog) => {
      const active = document.activeElement;
      return !active || active === document.body || dialog.contains(active) ? null : active.outerHTML.slice(0, 80);
    });
    if (where) outside.push(where);
  }
  expect(outside).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(openSettings).toBeFocused();
});

function readBody(id: number): { type: string; attrs?: unknown; content?: unknown }[] {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return (JSON.parse((db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body) as { content: { type: string }[] }).content;
  } finally {
    db.close();
  }
}

/** The seed's demo article of every block, as stored. */
function demoArticle(): { id: number; slug: string; section: string } {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return db
      .prepare(`SELECT a.id, a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.title LIKE 'Cà phê Tây Nguyên vào vụ mới%'`)
      .get() as { id: number; slug: string; section: string };
  } finally {
    db.close();
  }
}
