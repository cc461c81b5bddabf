import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { registerSearchFunctions } from '../../lib/search/sql-functions';
import { queryE2eDb, signInContext } from '../helpers/auth';
import { E2E_DATABASE_PATH, E2E_DIR } from '../helpers/env';
import { callArticleAction, goLive, newStaff, readArticle, writeArticle } from '../helpers/articles';
import { fillDateTime } from '../helpers/date-time';
import { articlePublicPath } from '../../tests/security/support';

test.describe('scheduled publishing', () => {
  test('a scheduled article goes live on time without anyone using the admin', async ({ page, playwright, baseURL }) => {
    const editor = await newStaff('editor', 'Biên Tập Hẹn Giờ');
    await signInContext(page, editor.email, editor.password);
    const title = `Bài hẹn giờ ${Date.now()}`;
    const id = await writeArticle(page, { title, lead: 'Sa-pô bài hẹn giờ.', body: 'Nội dung bài hẹn giờ.' });
    // The schedule controls come with the saved article's own page.
    await page.goto(`/admin/articles/${id}`);

    const at = new Date(Date.now() + 12_000);
    await fillDateTime(page, 'Hẹn giờ đăng (giờ Việt Nam)', at);
    await goLive(page, 'Hẹn giờ đăng');
    await expect(page.getByText('Trạng thái: Hẹn giờ đăng')).toBeVisible();
    await expect(page.getByText(/Sẽ đăng lúc/)).toBeVisible();
    expect(readArticle(id)!.status).toBe('scheduled');
    await page.close();

    // A reader before the time: no page, not on the home page.
    const reader = await playwright.request.newContext({ baseURL });
    const path = articlePublicPath(id);
    expect((await reader.get(path)).status()).toBe(404);
    expect(await (await reader.get('/')).text()).not.toContain(title);

    // After it: visible on a plain request, with nobody in the admin.
    await expect.poll(async () => (await reader.get(path)).status(), { timeout: 45_000, intervals: [1_000] }).toBe(200);
    await expect
      .poll(async () => (await (await reader.get('/')).text()).includes(title), { timeout: 30_000, intervals: [1_000] })
      .toBe(true);
    // The server's own timer flipped the row, with the scheduled time as the publication time.
    await expect.poll(() => readArticle(id)!.status, { timeout: 30_000, intervals: [1_000] }).toBe('published');
    const [row] = queryE2eDb<{ published_at: number }>('SELECT published_at FROM articles WHERE id = ?', id);
    expect(Math.floor(row!.published_at / 1000)).toBe(Math.floor(at.getTime() / 1000));
    const audit = queryE2eDb<{ action: string }>('SELECT action FROM audit_log WHERE target_id = ? AND target_type = ?', id, 'article');
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['article.schedule', 'article.scheduled_publish']));
  });

  test.describe('under an en-US browser', () => {
    // Chromium's native picker would show mm/dd/yyyy and AM/PM here; the newsroom's field does not.
    test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

    test('an editor types dd/mm/yyyy 24 h, is told why 31/02 and 25:00 are no times, schedules, cancels; a past time is refused', async ({ page }) => {
      const editor = await newStaff('editor', 'Biên Tập Hủy Hẹn');
      await signInContext(page, editor.email, editor.password);
      const id = await writeArticle(page, { title: `Bài hủy hẹn ${Date.now()}`, lead: 'Sa-pô.', body: 'Nội dung.' });
      await page.goto(`/admin/articles/${id}`);
      const field = page.getByRole('group', { name: 'Hẹn giờ đăng (giờ Việt Nam)' });
      await expect(field.getByLabel('Ngày', { exact: true })).toHaveAttribute('placeholder', 'dd/mm/yyyy');

      // Impossible days and times are refused in the field, saying why, and by the server.
      await fillDateTime(page, 'Hẹn giờ đăng (giờ Việt Nam)', '31/02/2099 10:00');
      await field.getByLabel('Giờ', { exact: true }).press('Tab');
      await expect(field.getByRole('alert')).toHaveText('Không có ngày 31/02/2099: tháng 2 năm 2099 có 28 ngày.');
      await fillDateTime(page, 'Hẹn giờ đăng (giờ Việt Nam)', '28/02/2099 25:00');
      await field.getByLabel('Giờ', { exact: true }).press('Tab');
      await expect(field.getByRole('alert')).toHaveText('Không có 25:00: giờ từ 00 đến 23 (24 giờ).');
      await goLive(page, 'Hẹn giờ đăng');
      // The field's own alert, and the server's refusal beside the button.
      await expect(page.getByRole('alert').filter({ hasText: 'Không có 25:00: giờ từ 00 đến 23 (24 giờ).' })).toHaveCount(2);
      expect(readArticle(id)!.status).toBe('draft');

      await fillDateTime(page, 'Hẹn giờ đăng (giờ Việt Nam)', new Date(Date.now() - 60_000));
      await goLive(page, 'Hẹn giờ đăng');
      await expect(page.getByRole('alert').filter({ hasText: 'Thời điểm hẹn giờ phải ở tương lai.' })).toBeVisible();
      expect(readArticle(id)!.status).toBe('draft');

      // 14:05 on 25/11/2099 in Hà Nội is 07:05 UTC, whatever the browser's locale and zone.
      await fillDateTime(page, 'Hẹn giờ đăng (giờ Việt Nam)', '25/11/2099 14:05');
      await goLive(page, 'Hẹn giờ đăng');
      await expect(page.getByText('Trạng thái: Hẹn giờ đăng')).toBeVisible();
      await expect(page.getByText('Sẽ đăng lúc 14:05 ngày 25/11/2099')).toBeVisible();
      const [stored] = queryE2eDb<{ scheduled_at: number }>('SELECT scheduled_at FROM articles WHERE id = ?', id);
      expect(new Date(stored!.scheduled_at).toISOString()).toBe('2099-11-25T07:05:00.000Z');

      // A save that would put an empty photo block into the scheduled article, called straight at
      // the Server Action, is refused with the time it goes live; the scheduled text stays as checked.
      const scheduled = readArticle(id)!;
      const [{ section_id: sectionId }] = queryE2eDb<{ section_id: number }>('SELECT section_id FROM articles WHERE id = ?', id) as [{ section_id: number }];
      const emptyPhoto = { type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } };
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn chưa kiểm tra.' }] }, emptyPhoto] };
      const snapshot = { title: scheduled.title, slug: scheduled.slug, lead: 'Sa-pô.', body, sectionId, coverMediaId: null, tags: [], bylines: [], seoTitle: '', seoDescription: '' };
      const save = { file: 'save-article', name: 'saveArticleAction', page: `/admin/articles/${id}` };
      const refused = await (await callArticleAction(page.request, save, [{ id, version: scheduled.version, snapshot }])).text();
      expect(refused).toContain('Bài đã hẹn giờ đăng lúc 14:05 ngày 25/11/2099 nên bản sửa này chưa được lưu vào bài sẽ đăng. Cần sửa: 1 khối ảnh chưa chọn ảnh');
      expect(readArticle(id)).toMatchObject({ status: 'scheduled', version: scheduled.version, body: scheduled.body });
      await page.getByRole('button', { name: 'Hủy hẹn giờ' }).click();
      await expect(page.getByText('Trạng thái: Bản nháp')).toBeVisible();
      expect(readArticle(id)!.status).toBe('draft');
    });
  });

  test('an article that falls due while the server is down appears on time after the restart', async ({ playwright }) => {
    // A second server of the same build on its own copy of the database, stopped and started here.
    const port = Number(process.env.E2E_PORT ?? 3210) + 50;
    const dbPath = path.join(E2E_DIR, `restart-${Date.now()}.db`);
    const source = new Database(E2E_DATABASE_PATH);
    source.prepare('VACUUM INTO ?').run(dbPath);
    source.close();
    const copy = new Database(dbPath);
    registerSearchFunctions(copy);
    const section = copy.prepare('SELECT id, slug FROM sections ORDER BY id LIMIT 1').get() as { id: number; slug: string };
    const title = `Bài đăng sau khởi động lại ${Date.now()}`;
    const slug = `khoi-dong-lai-${Date.now().toString(36)}`;
    // Not due while the first server runs; made due while it is down, below.
    let at = Date.now() + 3_600_000;
    const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] });
    const { id } = copy
      .prepare(
        "INSERT INTO articles (title, slug, lead, body, status, section_id, scheduled_at, published_at) VALUES (?, ?, '', ?, 'scheduled', ?, ?, ?) RETURNING id",
      )
      .get(title, slug, body, section.id, at, at) as { id: number };
    copy.close();
    const start = (): ChildProcess =>
      spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
        stdio: 'ignore',
        env: { ...process.env, DATABASE_PATH: dbPath, SITE_URL: `http://127.0.0.1:${port}`, AUTH_SECRET: 'x'.repeat(40), NODE_ENV: 'production' },
      });
    const stop = (server: ChildProcess) =>
      new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
    const reader = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const status = (url: string) => reader.get(url).then((r) => r.status(), () => 0);
    const url = `/${section.slug}/${slug}-${id}`;
    const statusOf = () => (queryRow(dbPath, id) ?? { status: '' }).status;

    let server = start();
    try {
      await expect.poll(() => status('/api/health'), { timeout: 60_000, intervals: [500] }).toBe(200);
      expect(await status(url)).toBe(404);
      await stop(server);
      // Down while it falls due (set now rather than guessed ahead: a slow start would eat a margin).
      at = Date.now() + 500;
      const down = new Database(dbPath);
      registerSearchFunctions(down);
      down.prepare('UPDATE articles SET scheduled_at = ?, published_at = ? WHERE id = ?').run(at, at, id);
      down.close();
      await expect.poll(() => Date.now() > at + 1_000, { timeout: 40_000, intervals: [1_000] }).toBe(true);
      expect(statusOf()).toBe('scheduled');
      server = start();
      await expect.poll(() => status(url), { timeout: 60_000, intervals: [500] }).toBe(200);
      // The start-up catch-up flipped the row, dated at the scheduled time.
      await expect.poll(statusOf, { timeout: 30_000, intervals: [500] }).toBe('published');
      expect(queryRow(dbPath, id)!.published_at).toBe(at);
    } finally {
      await stop(server);
      fs.rmSync(dbPath, { force: true });
    }
  });
});

function queryRow(dbPath: string, id: number): { status: string; published_at: number } | undefined {
  const db = new Database(dbPath, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare('SELECT status, published_at FROM articles WHERE id = ?').get(id) as { status: string; published_at: number } | undefined;
  } finally {
    db.close();
  }
}
