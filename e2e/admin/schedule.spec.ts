import { expect, test } from '@playwright/test';
import { queryE2eDb, signInPage } from '../helpers/auth';
import { newStaff, readArticle, writeArticle } from '../helpers/articles';

/** An instant as a datetime-local value with seconds, in Vietnam time ("2026-11-25T11:15:05"). */
function vietnamLocal(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .replace(' ', 'T');
}

function publicPath(id: number): string {
  const [row] = queryE2eDb<{ slug: string; section: string }>(
    'SELECT a.slug, c.slug AS section FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.id = ?',
    id,
  );
  return `/${row!.section}/${row!.slug}-${id}`;
}

test.describe('scheduled publishing', () => {
  test('a scheduled article goes live on time without anyone using the admin', async ({ page, playwright, baseURL }) => {
    test.setTimeout(90_000);
    const editor = await newStaff('editor', 'Biên Tập Hẹn Giờ');
    await signInPage(page, editor.email, editor.password);
    const title = `Bài hẹn giờ ${Date.now()}`;
    const id = await writeArticle(page, { title, lead: 'Sa-pô bài hẹn giờ.', body: 'Nội dung bài hẹn giờ.' });
    // The schedule controls come with the saved article's own page.
    await page.goto(`/admin/articles/${id}`);

    const at = new Date(Date.now() + 12_000);
    await page.getByLabel('Hẹn giờ đăng (giờ Việt Nam)').fill(vietnamLocal(at));
    await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click();
    await expect(page.getByText('Trạng thái: Hẹn giờ đăng')).toBeVisible();
    await expect(page.getByText(/Sẽ đăng lúc/)).toBeVisible();
    expect(readArticle(id)!.status).toBe('scheduled');
    await page.close();

    // A reader before the time: no page, not on the home page.
    const reader = await playwright.request.newContext({ baseURL });
    const path = publicPath(id);
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

  test('an editor cancels a schedule and a past time is refused', async ({ page }) => {
    const editor = await newStaff('editor', 'Biên Tập Hủy Hẹn');
    await signInPage(page, editor.email, editor.password);
    const id = await writeArticle(page, { title: `Bài hủy hẹn ${Date.now()}`, lead: 'Sa-pô.', body: 'Nội dung.' });
    await page.goto(`/admin/articles/${id}`);
    await page.getByLabel('Hẹn giờ đăng (giờ Việt Nam)').fill(vietnamLocal(new Date(Date.now() - 60_000)));
    await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Thời điểm hẹn giờ phải ở tương lai.' })).toBeVisible();
    expect(readArticle(id)!.status).toBe('draft');

    await page.getByLabel('Hẹn giờ đăng (giờ Việt Nam)').fill(vietnamLocal(new Date(Date.now() + 3_600_000)));
    await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click();
    await expect(page.getByText('Trạng thái: Hẹn giờ đăng')).toBeVisible();
    await page.getByRole('button', { name: 'Hủy hẹn giờ' }).click();
    await expect(page.getByText('Trạng thái: Bản nháp')).toBeVisible();
    expect(readArticle(id)!.status).toBe('draft');
  });
});
