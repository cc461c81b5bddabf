import { expect, test } from '@playwright/test';
import { newStaff } from '../helpers/articles';
import { queryE2eDb, signIn, signInContext } from '../helpers/auth';
import { E2E_BASE_URL, E2E_OWNER } from '../helpers/env';
import { callServerAction } from '../helpers/server-actions';
import { postUpload, smallPng, type UploadedMedia } from './media-fixtures';

test('an admin links a byline to a reporter, who fills in the profile; the author page shows it with ProfilePage data', async ({ page, browser, playwright }) => {
  // The author of a public article: their page exists. The newest, so other specs' seed readers are untouched.
  const [author] = queryE2eDb<{ id: number; name: string; slug: string }>(
    `SELECT au.id, au.name, au.slug FROM authors au JOIN article_bylines b ON b.author_id = au.id
     JOIN articles a ON a.id = b.article_id WHERE a.status = 'published' AND au.user_id IS NULL ORDER BY au.id DESC LIMIT 1`,
  );
  expect(author, 'a published author without an account').toBeTruthy();
  const reporter = await newStaff('reporter', `Phóng viên hồ sơ ${Date.now()}`);

  await signInContext(page, E2E_OWNER.email, E2E_OWNER.password);
  await page.goto(`/admin/authors/${author!.id}`);
  await page.getByLabel(/^Tài khoản đứng tên/).selectOption({ label: `${reporter.name} (${reporter.email})` });
  await page.getByRole('button', { name: 'Lưu hồ sơ tác giả' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ tác giả.' })).toBeVisible();

  const marker = `Chân dung ${Date.now()}`;
  const asReporter = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await signIn(asReporter, reporter.email, reporter.password);
  const { media } = (await (await postUpload(asReporter, { name: 'chan-dung.png', mimeType: 'image/png', buffer: await smallPng() }, { caption: marker, alt: marker })).json()) as {
    media: UploadedMedia;
  };

  const writer = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
  await signInContext(writer, reporter.email, reporter.password);
  // "Tác giả" in the menu leads a reporter to their own byline's profile.
  await writer.goto('/admin');
  await writer.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Tác giả' }).click();
  await expect(writer).toHaveURL(new RegExp(`/admin/authors/${author!.id}$`));
  await writer.getByLabel('Chức danh (hiện dưới tên)').fill('Phóng viên ảnh');
  await writer.getByLabel('Giới thiệu').fill('Mười năm theo các cuộc diễn tập của Quân đội.');
  await writer.getByRole('button', { name: 'Chọn ảnh', exact: true }).click();
  const picker = writer.getByRole('dialog', { name: 'Chọn ảnh chân dung' });
  await picker.getByLabel('Tìm ảnh trong thư viện').fill(marker);
  await picker.getByLabel('Tìm ảnh trong thư viện').press('Enter');
  await picker.getByRole('button', { name: `Chọn ảnh: ${marker}` }).click();
  await writer.getByRole('button', { name: 'Lưu hồ sơ tác giả' }).click();
  await expect(writer.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ tác giả.' })).toBeVisible();
  expect(queryE2eDb<{ photo: number }>('SELECT photo_media_id AS photo FROM authors WHERE id = ?', author!.id)[0]!.photo).toBe(media.id);

  // Readers: role title, bio, portrait, and a ProfilePage whose Person is this author.
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
  await reader.goto(`/tac-gia/${author!.slug}`);
  await expect(reader.getByText('Phóng viên ảnh', { exact: true })).toBeVisible();
  await expect(reader.getByText('Mười năm theo các cuộc diễn tập của Quân đội.')).toBeVisible();
  await expect(reader.getByRole('img', { name: marker })).toBeVisible();
  const data = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
  const profile = data.find((item) => item['@type'] === 'ProfilePage') as { mainEntity: Record<string, unknown> } | undefined;
  expect(profile?.mainEntity).toMatchObject({
    '@type': 'Person',
    name: author!.name,
    jobTitle: 'Phóng viên ảnh',
    description: 'Mười năm theo các cuộc diễn tập của Quân đội.',
    image: { url: expect.stringMatching(/\/anh\/1x1\//) },
  });

  // Another reporter may not touch this profile.
  const other = await newStaff('reporter', 'Phóng viên khác');
  const asOther = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await signIn(asOther, other.email, other.password);
  const refused = await callServerAction(asOther, {
    page: '/admin/authors',
    filename: 'app/admin/authors/actions.ts',
    exportedName: 'updateAuthorProfileAction',
    previousState: { status: 'idle', message: '' },
    fields: { id: String(author!.id), bio: 'Bị sửa', roleTitle: '', photoMediaId: '' },
  });
  expect(await refused.text()).toContain('không có quyền');
  // Give the byline back its plain page for the specs after this one.
  await page.reload();
  await page.getByLabel(/^Tài khoản đứng tên/).selectOption('');
  await page.getByLabel('Chức danh (hiện dưới tên)').fill('');
  await page.getByLabel('Giới thiệu').fill('');
  await page.getByRole('button', { name: 'Bỏ ảnh' }).click();
  await page.getByRole('button', { name: 'Lưu hồ sơ tác giả' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ tác giả.' })).toBeVisible();
});
