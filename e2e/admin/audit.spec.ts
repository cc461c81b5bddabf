import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { attemptSignIn, queryE2eDb, signInContext } from '../helpers/auth';
import { expectSaved, goLive, newStaff, readArticle, unpublish, writeArticle } from '../helpers/articles';
import { fillDateTime } from '../helpers/date-time';
import { E2E_OWNER } from '../helpers/env';
import { callServerAction } from '../helpers/server-actions';
import { postUpload, smallPng } from './media-fixtures';

// The audit log as people read it: every kind of change recorded, in Vietnamese, with before →
// after; the scheduler as "Hệ thống"; filters; a CSV Excel opens; nothing to edit.

async function adminPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
  return { context, page };
}

function formAction(request: APIRequestContext, page: string, filename: string, exportedName: string, fields: Record<string, string>) {
  return callServerAction(request, { page, filename, exportedName, previousState: { status: 'idle' }, fields });
}

test.describe('audit log', () => {
  test('records every kind of change in Vietnamese with before → after, the scheduler as "Hệ thống", filters and exports a CSV for Excel', async ({ page, browser, request }) => {
    test.setTimeout(150_000);
    const editor = await newStaff('editor', 'Biên Tập Nhật Ký');
    await signInContext(page, editor.email, editor.password);
    const title = `Nhật ký ${Date.now()}`;
    const id = await writeArticle(page, { title, lead: 'Sa-pô nhật ký.', body: 'Nội dung nhật ký.' });

    // Scheduling is there right after the first save, without a reload; a disabled button says why.
    const schedule = page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true });
    await expect(schedule).toBeDisabled();
    await expect(page.getByText('Chọn thời điểm đăng để hẹn giờ.')).toBeVisible();
    await page.getByLabel('Tiêu đề', { exact: true }).fill(`${title} sửa`);
    await expect(page.getByText('Lưu bài trước khi hẹn giờ.')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectSaved(page);
    await fillDateTime(page, 'Hẹn giờ đăng (giờ Việt Nam)', new Date(Date.now() + 12_000));
    await goLive(page, 'Hẹn giờ đăng');
    await expect(page.getByText('Trạng thái: Hẹn giờ đăng')).toBeVisible();
    await expect.poll(() => readArticle(id)!.status, { timeout: 45_000, intervals: [1_000] }).toBe('published');
    await page.reload();
    await unpublish(page);
    await expect(page.getByText('Trạng thái: Đã gỡ')).toBeVisible();
    await goLive(page, 'Xuất bản');
    await expect(page.getByText('Trạng thái: Đã đăng')).toBeVisible();

    // A photo's words edited.
    const upload = await postUpload(page.request, { name: 'nhat-ky.png', mimeType: 'image/png', buffer: await smallPng() }, { alt: 'Ảnh cũ' });
    expect(upload.status()).toBe(201);
    const mediaId = ((await upload.json()) as { media: { id: number } }).media.id;
    const edited = await formAction(page.request, `/admin/media/${mediaId}`, 'app/admin/media/actions.ts', 'updateMediaAction', {
      id: String(mediaId),
      alt: 'Ảnh mới',
      caption: '',
      credit: 'Ảnh: Nhật Ký',
    });
    expect(await edited.text()).toContain('Đã lưu thông tin ảnh.');

    // Staff and section changes, a lock and an unlock, by the admin.
    const admin = await adminPage(browser);
    const reporter = await newStaff('reporter', 'Phóng Viên Nhật Ký');
    const staff = (name: string, fields: Record<string, string>) => formAction(admin.page.request, '/admin/staff', 'app/admin/staff/actions.ts', name, fields);
    expect(await (await staff('changeStaffRoleAction', { userId: String(reporter.id), role: 'editor' })).text()).toContain('giờ là Biên tập viên');
    for (let i = 0; i < 5; i++) await attemptSignIn(request, reporter.email, `sai mật khẩu ${i}`, { 'x-forwarded-for': `198.51.100.${60 + i}` });
    expect(await (await staff('unlockStaffAction', { userId: String(reporter.id) })).text()).toContain('Đã mở khóa đăng nhập');
    const slug = `nhat-ky-${Date.now()}`;
    const section = (name: string, fields: Record<string, string>) => formAction(admin.page.request, '/admin/sections', 'app/admin/sections/actions.ts', name, fields);
    expect(await (await section('createSectionAction', { name: 'Kiểm toán', slug, description: '', parentId: '' })).text()).toContain('Đã tạo chuyên mục');
    const [{ id: sectionId } = { id: 0 }] = queryE2eDb<{ id: number }>('SELECT id FROM sections WHERE slug = ?', slug);
    expect(await (await section('updateSectionAction', { id: String(sectionId), name: 'Kiểm toán nội bộ', slug, description: '', parentId: '' })).text()).toContain(
      'Đã lưu chuyên mục',
    );

    // The article's history, in words, the scheduler's part by "Hệ thống".
    const { page: log } = admin;
    await log.goto(`/admin/audit?loai=article&ma=${id}`);
    const row = (action: string) => log.getByRole('row').filter({ has: log.getByRole('rowheader', { name: action }) });
    const byEditor = `Biên Tập Nhật Ký (${editor.email})`;
    await expect(row('Tạo bài mới')).toContainText(byEditor);
    await expect(row('Tạo bài mới')).toContainText(`Tiêu đề: (trống) → ${title}`);
    await expect(row('Sửa bài (lưu bản nháp)')).toContainText(`Tiêu đề: ${title} → ${title} sửa`);
    await expect(row('Hẹn giờ đăng')).toContainText(byEditor);
    await expect(row('Tự động đăng theo hẹn giờ')).toContainText('Hệ thống');
    await expect(row('Gỡ bài')).toContainText(byEditor);
    await expect(row('Đăng bài')).toContainText('Trạng thái: Đã đăng');
    await expect(log.getByRole('main')).not.toContainText('Không rõ (chưa đăng nhập)');
    await expect(log.getByRole('main')).not.toContainText('{"');

    // Filters: by person (the system), by action, by target.
    const filters = log.getByRole('search', { name: 'Lọc nhật ký' });
    await filters.getByLabel('Người thực hiện').selectOption({ label: 'Hệ thống (tự động, dòng lệnh)' });
    await filters.getByRole('button', { name: 'Lọc' }).click();
    await expect(log).toHaveURL(/nguoi=he-thong/);
    await expect(row('Tự động đăng theo hẹn giờ')).toHaveCount(1);
    await expect(log.getByRole('row').filter({ hasText: byEditor })).toHaveCount(0);
    await log.goto(`/admin/audit?loai=media&ma=${mediaId}`);
    await filters.getByLabel('Hành động').selectOption({ label: 'Sửa thông tin ảnh' });
    await filters.getByRole('button', { name: 'Lọc' }).click();
    await expect(log.getByRole('row').filter({ hasText: `Ảnh #${mediaId}` })).toHaveCount(1);
    await expect(row('Sửa thông tin ảnh')).toContainText('Mô tả ảnh (alt): Ảnh cũ → Ảnh mới');
    await expect(row('Sửa thông tin ảnh')).toContainText('Nguồn ảnh: (trống) → Ảnh: Nhật Ký');
    await log.goto(`/admin/audit?loai=section&ma=${sectionId}`);
    await expect(row('Sửa chuyên mục')).toContainText('Tên: Kiểm toán → Kiểm toán nội bộ');
    await expect(row('Tạo chuyên mục')).toHaveCount(1);
    await log.goto(`/admin/audit?loai=user&ma=${reporter.id}`);
    await expect(row('Đổi vai trò')).toContainText('Vai trò: Phóng viên → Biên tập viên');
    await expect(row('Tài khoản bị khóa đăng nhập')).toContainText('Khách (chưa đăng nhập)');
    await expect(row('Mở khóa đăng nhập')).toContainText(E2E_OWNER.email);
    // Read-only: the only button in the page body is the filter's.
    await expect(log.getByRole('main').getByRole('button')).toHaveText(['Lọc']);

    // The CSV: what the page shows, for Excel (UTF-8 with a byte order mark); admins only.
    await log.goto(`/admin/audit?loai=article&ma=${id}`);
    const href = await log.getByRole('link', { name: /Tải CSV/ }).getAttribute('href');
    expect(href).toBe(`/admin/audit/export?loai=article&ma=${id}`);
    const csv = await log.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="nhat-ky-[\d-]+\.csv"$/);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Thời gian (giờ Việt Nam),Người thực hiện,Hành động,Mã hành động,Đối tượng,Chi tiết,IP');
    expect(text).toContain(',Hệ thống,Tự động đăng theo hẹn giờ,article.scheduled_publish,');
    expect(text).toContain(`${byEditor},Tạo bài mới,article.create,Bài viết #${id}`);
    expect((await page.request.get(href!, { maxRedirects: 0 })).status()).toBe(403);
    await admin.context.close();
  });

  test('the filter row fits a 390 px phone, no select over its neighbour', { tag: '@mobile' }, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'mobile', 'layout at 390 px: the mobile project');
    await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
    await page.goto('/admin/audit');
    const form = page.getByRole('search', { name: 'Lọc nhật ký' });
    const overflow = await form.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const formBox = (await form.boundingBox())!;
    const action = (await form.getByLabel('Hành động').boundingBox())!;
    const person = (await form.getByLabel('Người thực hiện').boundingBox())!;
    expect(action.x + action.width).toBeLessThanOrEqual(formBox.x + formBox.width + 0.5);
    // One column: the next filter starts below the action select, not beside or over it.
    expect(person.y).toBeGreaterThanOrEqual(action.y + action.height);
    await expect(form.getByRole('link', { name: /Tải CSV/ })).toBeVisible();
  });
});
