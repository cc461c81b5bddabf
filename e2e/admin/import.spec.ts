import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createStaff, queryE2eDb, signInContext, uniqueEmail } from '../helpers/auth';

const PASSWORD = 'Mật khẩu tòa soạn 2026';
const seed = fs.readFileSync(path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt'), 'utf8');
// Written by lib/importer/fixtures/generate.ts from the seed.
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'lib/importer/fixtures', name));

type UploadFile = { name: string; mimeType: string; buffer: Buffer };

async function importFiles(page: Page, files: UploadFile[]) {
  await page.goto('/admin/import');
  await page.getByLabel(/Tệp \.txt đã cào/).setInputFiles(files);
  await page.getByRole('button', { name: 'Nhập bài' }).click();
  return page.getByRole('list', { name: 'Kết quả từng tệp' });
}

test.describe('bulk import: bad files and duplicates', () => {
  test.beforeEach(async ({ page }) => {
    const email = uniqueEmail('nhap-bai');
    await createStaff({ email, password: PASSWORD, name: 'Biên tập viên nhập bài', role: 'editor' });
    await signInContext(page, email, PASSWORD);
  });

  test('a binary file is refused naming why, a Windows-1258 file becomes the same Unicode text', async ({ page }) => {
    const results = await importFiles(page, [
      { name: 'anh-doi-ten.txt', mimeType: 'text/plain', buffer: fixture('photo-named-txt.txt') },
      { name: 'bai-cu-1258.txt', mimeType: 'text/plain', buffer: fixture('seed-windows-1258.txt') },
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Xong:' })).toHaveText('Xong: 1 bài mới, 0 bài đã có, 1 tệp lỗi.');
    await expect(results.getByRole('listitem').filter({ hasText: 'anh-doi-ten.txt' })).toContainText('Tệp nhị phân (có byte NUL)');
    const converted = results.getByRole('listitem').filter({ hasText: 'bai-cu-1258.txt' });
    await expect(converted).toContainText('đã chuyển từ Windows-1258 sang Unicode');

    const href = await converted.getByRole('link', { name: /^Sửa bài #\d+$/ }).getAttribute('href');
    const [draft] = queryE2eDb<{ lead: string; body: string }>('SELECT lead, body FROM articles WHERE id = ?', Number(href!.split('/').pop()));
    const unicode = fixture('seed-utf8.txt').toString('utf8').split('\n\n');
    expect(draft?.lead).toBe(unicode[0]!.replace(/\s+/g, ' ').trim());
    expect(draft?.body).toContain('Trung tướng Hồ Quang Tuấn, Chủ nhiệm Tổng cục Công nghiệp Quốc phòng phát biểu tại hội nghị.');
    expect(draft?.body).toContain('Trong 6 tháng đầu năm 2023, Tổng cục Công nghiệp Quốc phòng');
    expect(queryE2eDb("SELECT count(*) AS n FROM articles WHERE title = ''")).toEqual([{ n: 0 }]);
  });

  test('the seed imported with another byline is flagged with a link to the seed article, in the results and the needs-headline queue', async ({ page }) => {
    const [original] = queryE2eDb<{ id: number; title: string }>("SELECT id, title FROM articles WHERE status = 'published' AND lead LIKE 'Báo cáo trung tâm tại hội nghị cho thấy%' ORDER BY id LIMIT 1");
    expect(original).toBeDefined();
    const fileName = `lai-ban-${Date.now().toString(36)}.txt`;
    const otherByline = seed.replace('Tin, ảnh: TRẦN ANH MINH', 'Bài: NGUYỄN VĂN HÙNG; Ảnh: LÊ MAI');

    const results = await importFiles(page, [{ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(otherByline) }]);
    const line = results.getByRole('listitem').filter({ hasText: fileName });
    await expect(line).toContainText('bài mới');
    await expect(line).toContainText(`Trùng nội dung với bài #${original!.id}`);
    await expect(line.getByRole('link', { name: `bài #${original!.id} “${original!.title}”` })).toHaveAttribute('href', `/admin/articles/${original!.id}`);

    await page.goto('/admin/articles?can-tieu-de=1');
    const row = page.getByRole('row').filter({ hasText: fileName });
    await expect(row).toContainText(`Tệp ${fileName}: “Báo cáo trung tâm tại hội nghị cho thấy: Trong thời gian qua`);
    await row.getByRole('link', { name: `bài #${original!.id} “${original!.title}”` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${original!.id}$`));
  });
});
