import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { newStaff } from '../helpers/articles';
import { signIn, signInContext, signInPage } from '../helpers/auth';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_DIR, E2E_OWNER } from '../helpers/env';
import { SEED_ARTICLE } from '../helpers/seed-article';
import { callServerAction } from '../helpers/server-actions';
import { registerSearchFunctions } from '../../lib/search/sql-functions';
import { cameraJpeg, filesUnder, hasGps, MEDIA_DIR, ORIGIN, postUpload, smallPng, srcSetWidths, type UploadedMedia } from './media-fixtures';

const UUID_NAME = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-\d+|-(16x9|4x3|1x1)(-f\d+-\d+)?)?\.(jpg|png|webp|avif)$/;
// The other name the server gives a file: an embed's poster, one per video URL (another journey
// on the same server may have stored one).
const EMBED_POSTER_NAME = /^embeds\/[0-9a-f]{32}\.webp$/;

async function owner(playwright: { request: { newContext: (o: { baseURL: string }) => Promise<APIRequestContext> } }) {
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
  return request;
}

test.describe('photo library: uploads', { tag: '@requests' }, () => {
  test('a 12-megapixel camera JPEG is re-encoded without GPS, rotated, and served as cached srcset variants', async ({ playwright }, testInfo) => {
    const request = await owner(playwright);
    const jpeg = await cameraJpeg(4000, 3000);
    expect(hasGps((await sharp(jpeg).metadata()).exif)).toBe(true);

    const started = Date.now();
    const response = await postUpload(request, { name: 'IMG_0001.JPG', mimeType: 'image/jpeg', buffer: jpeg }, { alt: 'Ảnh thử', credit: 'Ảnh: E2E' });
    testInfo.annotations.push({ type: '12 MP upload (ms, round trip)', description: String(Date.now() - started) });
    expect(response.status()).toBe(201);
    const { media } = (await response.json()) as { media: UploadedMedia };
    // EXIF orientation 6 is applied: the 4000×3000 sensor image is a portrait photo.
    expect([media.width, media.height]).toEqual([3000, 4000]);
    expect(srcSetWidths(media.srcSet)).toEqual([320, 640, 960, 1280, 1920]);

    const original = await request.get(media.src);
    expect(original.status()).toBe(200);
    expect(original.headers()['content-type']).toBe('image/jpeg');
    const meta = await sharp(await original.body()).metadata();
    expect([meta.width, meta.height]).toEqual([3000, 4000]);
    expect(meta.exif).toBeUndefined();
    expect(hasGps(meta.exif)).toBe(false);

    for (const candidate of media.srcSet.split(', ')) {
      const [url, descriptor] = candidate.split(' ');
      const variant = await request.get(url!);
      expect(variant.status(), url).toBe(200);
      const headers = variant.headers();
      expect(headers['content-type']).toBe('image/webp');
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['etag']).toBeTruthy();
      expect(`${(await sharp(await variant.body()).metadata()).width}w`).toBe(descriptor);
      const revalidated = await request.get(url!, { headers: { 'If-None-Match': headers['etag']! } });
      expect(revalidated.status()).toBe(304);
    }
  });

  test('HTML or SVG renamed .png, and an image/HTML polyglot, are refused and store nothing', async ({ playwright }) => {
    const request = await owner(playwright);
    const before = filesUnder(MEDIA_DIR).length;
    const disguised = [
      Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<html><script>alert(1)</script>')]),
    ];
    for (const buffer of disguised) {
      const response = await postUpload(request, { name: 'anh.png', mimeType: 'image/png', buffer });
      expect(response.status()).toBe(415);
      expect(((await response.json()) as { error: string }).error).toMatch(/Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF/);
    }
    expect(filesUnder(MEDIA_DIR).length).toBe(before);
  });

  test('path-traversal file names are ignored: files get server names inside MEDIA_DIR only', async ({ playwright }) => {
    const request = await owner(playwright);
    const outside = () => filesUnder(E2E_DIR).filter((file) => !file.startsWith(`media${path.sep}`));
    const outsideBefore = outside();
    for (const name of ['../../evil.png', '..\\..\\evil.png', '/tmp/evil.png', '%2e%2e%2fevil.png', 'evil.png\0.jpg']) {
      const response = await postUpload(request, { name, mimeType: 'image/png', buffer: await smallPng() });
      expect(response.status(), name).toBe(201);
      const { media } = (await response.json()) as { media: UploadedMedia };
      expect(media.src.replace(/^\/media\//, ''), name).toMatch(UUID_NAME);
    }
    expect(outside()).toEqual(outsideBefore);
    expect(fs.existsSync(path.join(E2E_DIR, '..', 'evil.png'))).toBe(false);
    const serverNamed = (file: string) => UUID_NAME.test(file) || EMBED_POSTER_NAME.test(file);
    expect(filesUnder(MEDIA_DIR).map((file) => file.split(path.sep).join('/')).filter((file) => !serverNamed(file))).toEqual([]);
    // Serving refuses to leave the folder too.
    for (const url of ['/media/..%2F..%2Fe2e.db', '/media/..%2fe2e.db', '/media/%2e%2e/e2e.db']) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });

  test('an oversized body is refused (declared or streamed) and the server keeps answering', async ({ playwright }) => {
    const request = await owner(playwright);
    const big = Buffer.alloc(21 * 1024 * 1024, 0xff);
    const declared = await postUpload(request, { name: 'lon.jpg', mimeType: 'image/jpeg', buffer: big });
    expect(declared.status()).toBe(413);
    expect(((await declared.json()) as { error: string }).error).toContain('20 MB');

    // Chunked, with no Content-Length: the server must count as it reads and stop.
    const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${E2E_BASE_URL}/api/uploads`, {
        method: 'POST',
        headers: { ...ORIGIN, Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=x', 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && !req.destroyed) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!req.destroyed) req.end();
      };
      pump();
    });
    expect(status).toBe(413);

    expect((await request.get('/api/media')).status()).toBe(200);
    expect((await request.get('/')).status()).toBe(200);
  });

  test('uploads without a session or from a foreign origin are refused', async ({ playwright }) => {
    const before = filesUnder(MEDIA_DIR).length;
    const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    const png = { name: 'a.png', mimeType: 'image/png', buffer: await smallPng() };
    expect((await postUpload(anonymous, png)).status()).toBe(401);
    expect((await anonymous.get('/api/media')).status()).toBe(401);

    const request = await owner(playwright);
    const foreign: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, {}];
    for (const headers of foreign) {
      const response = await postUpload(request, png, {}, headers);
      expect(response.status()).toBe(403);
    }
    expect(filesUnder(MEDIA_DIR).length).toBe(before);
  });
});

const EDIT_CALL = { page: '/admin/media', filename: 'app/admin/media/actions.ts', previousState: { status: 'idle', message: '' } };
const editMedia = (request: APIRequestContext, id: number, fields: { alt: string; caption: string; credit: string }) =>
  callServerAction(request, { ...EDIT_CALL, exportedName: 'updateMediaAction', fields: { id: String(id), ...fields } });
const deleteMedia = (request: APIRequestContext, id: number) =>
  callServerAction(request, { ...EDIT_CALL, exportedName: 'deleteMediaAction', fields: { id: String(id) } });

type SeedRow = { id: number; slug: string; body: string; section: string };

function withDb<T>(work: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    // The search index triggers call these on every article write, as in the app.
    registerSearchFunctions(db);
    return work(db);
  } finally {
    db.close();
  }
}

const readSeed = () =>
  withDb((db) =>
    db
      .prepare('SELECT a.id, a.slug, a.body, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.title = ?')
      .get(SEED_ARTICLE.title),
  ) as SeedRow;

const auditActions = (mediaId: number) =>
  withDb((db) =>
    (db.prepare("SELECT action FROM audit_log WHERE target_type = 'media' AND target_id = ? ORDER BY id").all(mediaId) as { action: string }[]).map(
      (row) => row.action,
    ),
  );

const readAlt = (id: number) => withDb((db) => (db.prepare('SELECT alt FROM media WHERE id = ?').get(id) as { alt: string } | undefined)?.alt);

test.describe('photo library: the newsroom at work', () => {
  test('upload from the library page, find it without accents, describe it, delete it', async ({ page }) => {
    const marker = Date.now().toString(36);
    await signInPage(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Thư viện ảnh' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thư viện ảnh' })).toBeVisible();
    await page.getByLabel(/^Tệp ảnh/).setInputFiles({ name: 'hoi-nghi.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(1600, 1200) });
    await page.getByLabel('Mô tả ảnh (alt) cho người khiếm thị').fill('Đại biểu phát biểu');
    await page.getByLabel('Chú thích mặc định').fill(`Đồng chí Đỗ Văn Đức phát biểu ${marker}`);
    await page.getByLabel('Nguồn ảnh').fill('Ảnh: NGUYỄN HẢI');
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
    // The server cuts every stored size of a 1200×1600 photo: past 10 s on CI's busy cores once.
    await expect(page.getByRole('status').filter({ hasText: 'Đã tải lên ảnh 1200×1600' })).toBeVisible({ timeout: 30_000 });
    const grid = page.getByRole('list', { name: 'Danh sách ảnh' });
    await expect(grid.getByRole('link', { name: `Đồng chí Đỗ Văn Đức phát biểu ${marker}` })).toBeVisible();

    await page.getByLabel('Tìm theo chú thích, nguồn, mô tả').fill(`do van duc phat bieu ${marker}`);
    await page.getByRole('button', { name: 'Lọc ảnh' }).click();
    await expect(grid.getByRole('listitem')).toHaveCount(1);
    await page.getByLabel('Từ ngày').fill('01/01/2099');
    await page.getByRole('button', { name: 'Lọc ảnh' }).click();
    await expect(page.getByText('Không có ảnh nào phù hợp.')).toBeVisible();
    await page.getByLabel('Từ ngày').fill('');
    await page.getByLabel('Tìm theo chú thích, nguồn, mô tả').fill('nguyen hai');
    await page.getByRole('button', { name: 'Lọc ảnh' }).click();

    await page.getByRole('link', { name: `Đồng chí Đỗ Văn Đức phát biểu ${marker}` }).click();
    await expect(page.getByText('Chưa bài nào dùng ảnh này.')).toBeVisible();
    const id = Number(page.url().split('/').pop());
    await page.getByLabel('Mô tả ảnh (alt) cho người khiếm thị').fill('Đồng chí Đỗ Văn Đức phát biểu tại hội nghị');
    await page.getByRole('button', { name: 'Lưu thông tin ảnh' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin ảnh.' })).toBeVisible();
    expect(readAlt(id)).toBe('Đồng chí Đỗ Văn Đức phát biểu tại hội nghị');

    const stem = (await page.getByRole('img', { name: /phát biểu/ }).getAttribute('src'))!
      .replace(/^\/media\//, '')
      .replace(/\.jpg$/, '');
    // The original, its WebP variants and the three cover crops cut at upload.
    expect(filesUnder(MEDIA_DIR).filter((f) => f.split(path.sep).join('/').startsWith(stem))).toHaveLength(8);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Xóa ảnh' }).click();
    await expect(page).toHaveURL(/\/admin\/media\?da-xoa=1$/);
    await expect(page.getByText('Đã xóa ảnh.')).toBeVisible();
    expect(readAlt(id)).toBeUndefined();
    expect(filesUnder(MEDIA_DIR).filter((f) => f.split(path.sep).join('/').startsWith(stem))).toHaveLength(0);
    expect(auditActions(id)).toEqual(['media.upload', 'media.update', 'media.delete']);
  });

  test('reporters may upload, and edit only their own uploads, never delete; nobody signed out may do either', { tag: '@requests' }, async ({ playwright }) => {
    const admin = await owner(playwright);
    const uploaded = await postUpload(admin, { name: 'a.png', mimeType: 'image/png', buffer: await smallPng() }, { alt: 'Ảnh gốc' });
    const { media } = (await uploaded.json()) as { media: UploadedMedia };

    const reporter = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    const account = await newStaff('reporter', 'Phóng viên ảnh');
    await signIn(reporter, account.email, account.password);
    expect((await postUpload(reporter, { name: 'b.png', mimeType: 'image/png', buffer: await smallPng() })).status()).toBe(201);
    // The picker's route: search without accents, or fetch given ids.
    const found = (await (await reporter.get('/api/media?q=anh%20goc')).json()) as { items: UploadedMedia[] };
    expect(found.items.map((m) => m.id)).toContain(media.id);
    const byId = (await (await reporter.get(`/api/media?ids=${media.id},999999`)).json()) as { items: UploadedMedia[] };
    expect(byId.items).toEqual([expect.objectContaining({ id: media.id, alt: 'Ảnh gốc', src: media.src, srcSet: media.srcSet })]);
    expect(await (await editMedia(reporter, media.id, { alt: 'Bị sửa', caption: '', credit: '' })).text()).toContain('không có quyền');
    // Their own upload's words are theirs to fix; an empty file is told as empty, not as missing.
    const own = (await (await postUpload(reporter, { name: 'c.png', mimeType: 'image/png', buffer: await smallPng() })).json()) as { media: UploadedMedia };
    expect(await (await editMedia(reporter, own.media.id, { alt: 'Ảnh của tôi', caption: '', credit: '' })).text()).toContain('Đã lưu thông tin ảnh.');
    expect(readAlt(own.media.id)).toBe('Ảnh của tôi');
    const empty = await postUpload(reporter, { name: 'trong.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) });
    expect(empty.status()).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toContain('0 byte');
    expect(await (await deleteMedia(reporter, media.id)).text()).toContain('không có quyền');

    const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    expect(await (await editMedia(anonymous, media.id, { alt: 'Bị sửa', caption: '', credit: '' })).text()).toContain('Phiên đăng nhập đã hết hạn');
    expect(await (await deleteMedia(anonymous, media.id)).text()).toContain('Phiên đăng nhập đã hết hạn');
    expect(readAlt(media.id)).toBe('Ảnh gốc');
  });

  test('a photo given to the seed article’s first figure is served with srcset, caption and credit, and cannot be deleted while used', async ({ page, playwright }) => {
    const admin = await owner(playwright);
    const uploaded = await postUpload(
      admin,
      { name: 'tuan.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(2400, 1600) },
      { alt: 'Trung tướng Hồ Quang Tuấn phát biểu', caption: 'Chú thích mặc định của ảnh', credit: 'Ảnh: E2E' },
    );
    expect(uploaded.status()).toBe(201);
    const { media } = (await uploaded.json()) as { media: UploadedMedia };
    const seed = readSeed();
    const articlePath = `/${seed.section}/${seed.slug}-${seed.id}`;
    const placeholders = page.getByRole('img', { name: /Ảnh không còn/ });

    // The page is rendered and cached before the photo is attached: the edit below must expire it.
    await page.goto(articlePath);
    await expect(placeholders).toHaveCount(3);

    const body = JSON.parse(seed.body) as { content: { type: string; attrs?: { mediaId: number | null } }[] };
    const first = body.content.find((block) => block.type === 'figure')!;
    first.attrs!.mediaId = media.id;
    withDb((db) => db.prepare('UPDATE articles SET body = ? WHERE id = ?').run(JSON.stringify(body), seed.id));
    try {
      await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
      await page.goto(`/admin/media/${media.id}`);
      await expect(page.getByRole('link', { name: SEED_ARTICLE.title })).toBeVisible();
      await page.getByLabel('Nguồn ảnh').fill('Ảnh: TRẦN ANH MINH');
      await page.getByRole('button', { name: 'Lưu thông tin ảnh' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin ảnh.' })).toBeVisible();

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Xóa ảnh' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Không thể xóa: ảnh đang được dùng trong 1 bài' })).toBeVisible();
      expect((await admin.get(media.src)).status()).toBe(200);

      await page.goto(articlePath);
      const photo = page.getByRole('img', { name: 'Trung tướng Hồ Quang Tuấn phát biểu', exact: true });
      await expect(photo).toBeVisible();
      await expect(placeholders).toHaveCount(2);
      const srcset = (await photo.getAttribute('srcset')) ?? '';
      // 2400×1600 from the sensor, turned upright by its EXIF orientation: 1600 wide, never upscaled.
      expect(srcSetWidths(srcset)).toEqual([320, 640, 960, 1280, 1600]);
      expect(await photo.getAttribute('width')).toBe('1600');
      expect(await photo.getAttribute('height')).toBe('2400');
      // The article's own caption wins over the photo's default; the credit comes from the library.
      await expect(page.locator('article figure figcaption').first()).toHaveText(`${SEED_ARTICLE.captions[0]} Ảnh: TRẦN ANH MINH`);
      // A body photo loads lazily: only once it is near the viewport does it pick a source.
      await photo.scrollIntoViewIfNeeded();
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-\d+\.webp$/);
    } finally {
      // Give the seed article back its placeholder for the reading spec. The unsaved autosave
      // still names the photo, so editing the photo expires the article page once more.
      withDb((db) => {
        db.prepare('UPDATE articles SET body = ? WHERE id = ?').run(seed.body, seed.id);
        db.prepare('INSERT OR REPLACE INTO article_autosaves (article_id, base_version, snapshot) VALUES (?, 1, ?)').run(
          seed.id,
          JSON.stringify({ body, coverMediaId: null }),
        );
      });
      await editMedia(admin, media.id, { alt: 'Trung tướng Hồ Quang Tuấn phát biểu', caption: '', credit: '' });
      withDb((db) => db.prepare('DELETE FROM article_autosaves WHERE article_id = ?').run(seed.id));
    }
    // A regeneration the earlier visit started may still land; reload until the restored page shows.
    await expect(async () => {
      await page.goto(articlePath);
      await expect(placeholders).toHaveCount(3, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    // Unused again, it can go.
    await deleteMedia(admin, media.id);
    expect(readAlt(media.id)).toBeUndefined();
    expect((await admin.get(media.src)).status()).toBe(404);
  });

  test('several photos at once, one of them refused; the focal point set by click and keys moves the 1:1 crop', async ({ page }) => {
    const marker = `Nhiều ảnh ${Date.now().toString(36)}`;
    // Left half red, right half blue: where a square crop of it was cut shows in its colour.
    const halves = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0000c0' } })
      .composite([{ input: { create: { width: 800, height: 900, channels: 3, background: '#c00000' } }, left: 0, top: 0 }])
      .jpeg()
      .toBuffer();
    await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.goto('/admin/media');
    await page.getByLabel(/^Tệp ảnh/).setInputFiles([
      { name: 'hai-nua.jpg', mimeType: 'image/jpeg', buffer: halves },
      { name: 'trong.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
      { name: 'tai-lieu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    // A fourth dropped on the form.
    const dropped = [...(await smallPng())];
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'keo-tha.png', { type: 'image/png' }));
      return data;
    }, dropped);
    await page.getByRole('group', { name: 'Vùng kéo thả ảnh' }).dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByLabel('Chú thích mặc định').fill(marker);
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();

    const files = page.getByRole('list', { name: 'Tệp đã chọn' }).getByRole('listitem');
    await expect(files.filter({ hasText: 'hai-nua.jpg' })).toContainText('Xong: Đã tải lên ảnh 1600×900.');
    await expect(files.filter({ hasText: 'keo-tha.png' })).toContainText('Xong: Đã tải lên ảnh');
    await expect(files.filter({ hasText: 'trong.jpg' })).toContainText('Lỗi: Tệp trống (0 byte)');
    await expect(files.filter({ hasText: 'tai-lieu.pdf' })).toContainText('chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF');
    await expect(page.getByRole('list', { name: 'Danh sách ảnh' }).getByRole('link', { name: marker })).toHaveCount(2);

    const { id, path: stored } = withDb((db) => db.prepare('SELECT id, path FROM media WHERE caption = ? AND width = 1600').get(marker)) as { id: number; path: string };
    const squareColour = async () => {
      const response = await page.request.get(`/anh/1x1/${stored}`);
      expect(response.status()).toBe(200);
      const { channels } = await sharp(await response.body()).stats();
      return { url: new URL(response.url()).pathname, red: channels[0]!.mean, blue: channels[2]!.mean };
    };
    const focal = () => withDb((db) => db.prepare('SELECT focal_x AS x, focal_y AS y FROM media WHERE id = ?').get(id)) as { x: number | null; y: number | null };

    await page.goto(`/admin/media/${id}`);
    const photo = page.getByRole('slider', { name: 'Điểm lấy nét' });
    const box = (await photo.boundingBox())!;
    // A click near the left edge, then two steps right with the keyboard.
    await photo.click({ position: { x: box.width * 0.1, y: box.height * 0.5 } });
    await photo.press('ArrowRight');
    await photo.press('ArrowRight');
    await expect(page.getByText(/^Điểm lấy nét: 14% từ trái, 50% từ trên$/)).toBeVisible();
    await page.getByRole('button', { name: 'Lưu điểm lấy nét' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã đặt điểm lấy nét' })).toBeVisible();
    expect(focal().x).toBeCloseTo(0.14, 2);
    const left = await squareColour();
    expect(left.url).toMatch(/^\/anh\/1x1\/f1[34]\d-(49\d|50\d)\//);
    expect(left.red).toBeGreaterThan(150);
    expect(left.blue).toBeLessThan(60);

    await photo.click({ position: { x: box.width * 0.9, y: box.height * 0.5 } });
    await page.getByRole('button', { name: 'Lưu điểm lấy nét' }).click();
    await expect.poll(() => focal().x).toBeCloseTo(0.9, 2);
    const right = await squareColour();
    expect(right.url).not.toBe(left.url);
    expect(right.blue).toBeGreaterThan(150);
    expect(right.red).toBeLessThan(60);
    // The old crop's file is gone; its URL now leads to the current crop.
    // Removed once the save has answered (after its audit entry): on a busy machine, a moment later.
    const squareCrops = () => filesUnder(MEDIA_DIR).filter((f) => f.split(path.sep).join('/').startsWith(stored.replace(/\.jpg$/, '-1x1')));
    await expect.poll(() => squareCrops().length).toBe(1);
    expect(squareCrops()[0]).toContain(`-1x1-${right.url.split('/')[3]}.jpg`);
    expect(new URL((await page.request.get(left.url)).url()).pathname).toBe(right.url);
    expect(auditActions(id)).toEqual(['media.upload', 'media.focal', 'media.focal']);
  });
});
