import { expect, test, type Browser, type Page } from '@playwright/test';
import { newStaff } from '../helpers/articles';
import { queryE2eDb, revokeSessions, signInPage, type StaffRole } from '../helpers/auth';
import { liveAction, openLivePage, postLive } from '../helpers/live';
import { postUpload, smallPng } from './media-fixtures';
import { anonymous, ownerSession, staffSession } from '../../tests/security/support';

// Live coverage in the newsroom: several editors post into one live page at once, every desk and
// every reader sees every post without reloading; key events and the pinned post reach readers;
// reporters only draft, which the actions themselves enforce.

async function deskPage(browser: Browser, role: StaffRole, name: string, articleId: number): Promise<Page & { email: string }> {
  const account = await newStaff(role, name);
  const page = await (await browser.newContext()).newPage();
  await signInPage(page, account.email, account.password);
  await page.goto(`/admin/articles/${articleId}/truc-tiep`);
  return Object.assign(page, { email: account.email });
}

test('two editors post at once: no conflict, both see both posts, and a reader gets them without reloading', async ({ browser }) => {
  const desk = await ownerSession();
  const live = await openLivePage(desk, `Trực tiếp hai biên tập ${Date.now()}`);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(live.path);
  await expect(reader.getByRole('heading', { name: /Trực tiếp\s+Tường thuật/ })).toBeVisible();

  const [first, second] = [await deskPage(browser, 'editor', 'Biên Tập Một', live.id), await deskPage(browser, 'editor', 'Biên Tập Hai', live.id)];
  await first.getByLabel('Nội dung', { exact: true }).fill('Cập nhật của biên tập một');
  await second.getByLabel('Nội dung', { exact: true }).fill('Cập nhật của biên tập hai');
  // Both composers hold text at once; one posts with Ctrl+Enter (the focus is still in its
  // text), the other with the button.
  await second.keyboard.press('Control+Enter');
  await first.getByRole('button', { name: 'Đăng', exact: true }).click();

  for (const page of [first, second]) {
    const list = page.getByRole('list', { name: 'Các cập nhật' });
    await expect(list.getByText('Cập nhật của biên tập một')).toBeVisible({ timeout: 15_000 });
    await expect(list.getByText('Cập nhật của biên tập hai')).toBeVisible({ timeout: 15_000 });
  }
  expect(queryE2eDb<{ n: number }>('SELECT count(*) AS n FROM live_posts WHERE article_id = ?', live.id)[0]!.n).toBe(2);
  // While nothing changes, a desk only asks whether anything did: it renders nothing again. (An
  // answer to its first question may still catch it up with the posts above.)
  const rendered: string[] = [];
  let asked = 0;
  first.on('request', (request) => {
    if (request.url().includes('/truc-tiep/thay-doi')) asked += 1;
    else if (request.headers()['rsc'] === '1') rendered.push(request.url());
  });
  await expect.poll(() => asked, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  rendered.length = 0;
  await expect.poll(() => asked, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  expect(rendered, 'desk renders while nothing changed').toEqual([]);
  // Signed out meanwhile (every session of the account ended) with words in the composer: the desk
  // keeps them and says so. Once the composer is empty, the next check takes it to the sign-in page.
  // By role: the label wraps the textarea, so its text grows with what is typed.
  const composer = first.getByRole('textbox', { name: 'Nội dung', exact: true });
  await composer.fill('Chưa kịp đăng');
  revokeSessions(first.email);
  await expect(first.getByRole('alert').filter({ hasText: 'Phiên đăng nhập đã hết hạn' })).toBeVisible({ timeout: 15_000 });
  await expect(first).toHaveURL(/\/truc-tiep$/);
  await expect(composer).toHaveValue('Chưa kịp đăng');
  await composer.fill('');
  await expect(first).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Farticles%2F\d+%2Ftruc-tiep$/, { timeout: 15_000 });
  // Two more at the very same moment, over HTTP from two editors' sessions: neither refuses the other.
  const [third, fourth] = [await staffSession('editor', 'Biên Tập Ba'), await staffSession('editor', 'Biên Tập Bốn')];
  const both = await Promise.all([postLive(third.request, live.id, 'Cùng lúc ba'), postLive(fourth.request, live.id, 'Cùng lúc bốn')]);
  expect(new Set(both).size).toBe(2);

  // The reader's page polls on its own (every 10 s); nginx would add at most its 5 s TTL.
  await expect(reader.getByRole('button', { name: '4 cập nhật mới' })).toBeVisible({ timeout: 25_000 });
  await expect(reader).toHaveTitle(/^\(4\) /);
  await reader.getByRole('button', { name: '4 cập nhật mới' }).click();
  const posts = reader.getByRole('list', { name: 'Cập nhật mới' });
  await expect(posts.getByText('Cập nhật của biên tập một')).toBeVisible();
  await expect(posts.getByText('Cập nhật của biên tập hai')).toBeVisible();
  await expect(reader).not.toHaveTitle(/^\(\d+\) /);
});

test('key events are listed and link to their post, a photo from the library reaches its post, the pinned post stands on top, and the card says Trực tiếp', async ({ browser, page }) => {
  const desk = await ownerSession();
  const liveTitle = `Trực tiếp diễn biến ${Date.now()}`;
  const live = await openLivePage(desk, liveTitle);
  const photoAlt = `Ảnh khai mạc ${Date.now()}`;
  await postUpload(desk, { name: 'khai-mac.png', mimeType: 'image/png', buffer: await smallPng() }, { alt: photoAlt, caption: photoAlt });
  const editor = await deskPage(browser, 'editor', 'Biên Tập Diễn Biến', live.id);
  await editor.getByLabel('Tiêu đề (không bắt buộc)').fill('Khai mạc');
  await editor.getByLabel('Nội dung', { exact: true }).fill('Lễ khai mạc bắt đầu đúng giờ.');
  // The composer's photo comes from the library.
  await editor.getByRole('button', { name: 'Chọn ảnh', exact: true }).click();
  const picker = editor.getByRole('dialog', { name: 'Ảnh của cập nhật' });
  await picker.getByLabel('Tìm ảnh trong thư viện').fill(photoAlt);
  await picker.getByLabel('Tìm ảnh trong thư viện').press('Enter');
  await picker.getByRole('button', { name: `Chọn ảnh: ${photoAlt}` }).click();
  await expect(editor.getByRole('img', { name: photoAlt })).toBeVisible();
  await editor.getByLabel('Diễn biến chính').check();
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByRole('status')).toHaveText('Đã đăng.');
  await editor.getByLabel('Nội dung', { exact: true }).fill('Lịch thi đấu cả ngày: xem ở đây.');
  await editor.getByLabel('Ghim lên đầu').check();
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByRole('list', { name: 'Các cập nhật' }).getByText('Đang ghim')).toBeVisible();

  const [keyPost] = queryE2eDb<{ id: number }>('SELECT id FROM live_posts WHERE article_id = ? AND key_event = 1', live.id);
  await page.goto(live.path);
  const keyEvents = page.getByRole('navigation', { name: 'Diễn biến chính' });
  await expect(keyEvents.getByRole('link', { name: /Khai mạc/ })).toHaveAttribute('href', `${live.path}#post-${keyPost!.id}`);
  await keyEvents.getByRole('link', { name: /Khai mạc/ }).click();
  await expect(page).toHaveURL(new RegExp(`#post-${keyPost!.id}$`));
  await expect(page.locator(`#post-${keyPost!.id}`)).toBeInViewport();
  await expect(page.locator(`#post-${keyPost!.id}`).getByRole('img', { name: photoAlt })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Cập nhật được ghim' })).toContainText('Lịch thi đấu cả ngày');

  // Another article of the section lists the live one among its related stories, badged.
  const other = await openLivePage(desk, `Bài cùng chuyên mục ${Date.now()}`);
  await liveAction(desk, 'endLiveAction', { id: other.id }, other.id);
  await page.goto(other.path);
  const related = page.getByRole('complementary', { name: 'Tin liên quan' });
  // This run's live page by its whole title: a retry finds the first attempt's too.
  await expect(related.getByRole('article').filter({ hasText: liveTitle }).getByText('Trực tiếp', { exact: true })).toBeVisible();
});

test("reporters draft posts an editor approves; the actions refuse what reporters and strangers may not do", async ({ browser }) => {
  const desk = await ownerSession();
  const live = await openLivePage(desk, `Trực tiếp phóng viên ${Date.now()}`);
  const editorPost = await postLive(desk, live.id, 'Bài của biên tập viên');

  const reporterPage = await deskPage(browser, 'reporter', 'Phóng Viên Hiện Trường', live.id);
  await expect(reporterPage.getByRole('button', { name: 'Kết thúc tường thuật' })).toHaveCount(0);
  await expect(reporterPage.getByLabel('Ghim lên đầu')).toHaveCount(0);
  await reporterPage.getByLabel('Nội dung', { exact: true }).fill('Tin từ hiện trường');
  await reporterPage.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporterPage.getByRole('status')).toHaveText('Đã gửi, chờ biên tập viên duyệt.');
  await expect(reporterPage.getByRole('listitem').filter({ hasText: 'Tin từ hiện trường' })).toContainText('Chờ duyệt');
  const readerApi = await anonymous();
  const before = await (await readerApi.get(`/api/live/${live.id}?sau=0`)).json();
  expect(JSON.stringify(before)).not.toContain('Tin từ hiện trường');

  // Direct Server Action calls, as a script would send them.
  const reporter = await staffSession('reporter', 'Phóng Viên Gọi Thẳng');
  const fingerprint = () => JSON.stringify(queryE2eDb('SELECT id, status, pinned, version, deleted_at FROM live_posts WHERE article_id = ? ORDER BY id', live.id));
  const unchanged = fingerprint();
  for (const [name, input] of [
    ['startLiveAction', { id: live.id }],
    ['endLiveAction', { id: live.id }],
    ['approveLivePostAction', { postId: editorPost }],
    ['editLivePostAction', { postId: editorPost, version: 1, text: 'Sửa trộm', title: '', mediaId: null, keyEvent: false, pinned: false }],
    ['deleteLivePostAction', { postId: editorPost }],
  ] as const) {
    const called = await liveAction(reporter.request, name, input, live.id);
    expect(called.result, `${name} as a reporter`).toMatchObject({ ok: false, error: 'forbidden' });
  }
  const stranger = await liveAction(await anonymous(), 'addLivePostAction', { id: live.id, text: 'Kẻ lạ' }, live.id);
  expect(stranger.result).toMatchObject({ ok: false, error: 'unauthorized' });
  expect(fingerprint()).toBe(unchanged);
  // The desk's change check is for staff only, and a reporter's draft, which readers never see, moves it.
  const changes = `/admin/articles/${live.id}/truc-tiep/thay-doi`;
  const strangerAsks = await (await anonymous()).get(changes, { maxRedirects: 0 });
  expect(strangerAsks.status()).not.toBe(200);
  expect(await strangerAsks.text()).not.toContain('stamp');
  const deskStamp = async () => ((await (await reporter.request.get(changes)).json()) as { stamp: string }).stamp;
  const beforeDraft = await deskStamp();
  const pinnedDraft = await liveAction(reporter.request, 'addLivePostAction', { id: live.id, text: 'Muốn ghim', pinned: true }, live.id);
  expect(pinnedDraft.result).toMatchObject({ ok: true, status: 'draft' });
  expect(await deskStamp()).not.toBe(beforeDraft);
  expect(queryE2eDb<{ pinned: number; status: string }>('SELECT pinned, status FROM live_posts WHERE id = ?', Number(pinnedDraft.result!.postId))[0]).toEqual({ pinned: 0, status: 'draft' });

  const editor = await deskPage(browser, 'editor', 'Biên Tập Duyệt', live.id);
  await editor.getByRole('listitem').filter({ hasText: 'Tin từ hiện trường' }).getByRole('button', { name: 'Duyệt đăng' }).click();
  await expect(editor.getByRole('status')).toHaveText('Đã duyệt.');
  const after = await (await readerApi.get(`/api/live/${live.id}?sau=0`)).json();
  expect(JSON.stringify(after)).toContain('Tin từ hiện trường');
  expect(queryE2eDb<{ action: string }>("SELECT action FROM audit_log WHERE target_id = ? AND action LIKE 'article.live%' ORDER BY id", live.id).map((r) => r.action)).toEqual(
    expect.arrayContaining(['article.live_start', 'article.live_post', 'article.live_post_draft', 'article.live_post_approve']),
  );
});
