import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { newStaff } from '../helpers/articles';
import { queryE2eDb, signIn, signInPage, type StaffRole } from '../helpers/auth';
import { E2E_BASE_URL } from '../helpers/env';
import { fillDateTime } from '../helpers/date-time';
import { callFrontAction } from '../helpers/fronts';

// Fronts in the newsroom: curating the home by mouse and by keyboard, publishing it as the
// managing editor (thư ký tòa soạn) so the next reader request shows it, a headline changed for
// the front only, two editors on one front, restoring a published version, and who may do what.

const HOME = '/admin/fronts/home';
const CONTAINERS = 'Các khối của trang, từ trên xuống';
const LEAD_BLOCK = 'khối “Tin chính”';

/** The newest published articles not already hand-picked anywhere on the home's draft or live front. */
function freshArticles(count: number): { id: number; title: string; path: string }[] {
  const stored = queryE2eDb<{ draft: string }>("SELECT draft FROM fronts WHERE key = 'home'")[0]?.draft ?? '';
  const taken = new Set([...stored.matchAll(/"articleId":(\d+)/g)].map((m) => Number(m[1])));
  return queryE2eDb<{ id: number; title: string; slug: string; section: string }>(
    `SELECT a.id, a.title, a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE a.status = 'published' ORDER BY a.published_at ASC, a.id ASC`,
  )
    .filter((a) => !taken.has(a.id))
    .slice(0, count)
    .map((a) => ({ id: a.id, title: a.title, path: `/${a.section}/${a.slug}-${a.id}` }));
}

async function staffPage(browser: Browser, role: StaffRole, name: string): Promise<{ page: Page; userId: number; close: () => Promise<void> }> {
  const account = await newStaff(role, name);
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, viewport: test.info().project.use.viewport ?? undefined });
  const page = await context.newPage();
  await signInPage(page, account.email, account.password);
  return { page, userId: account.id, close: () => context.close() };
}

const containerList = (page: Page) => page.getByRole('list', { name: CONTAINERS });
const cardList = (page: Page, block = LEAD_BLOCK) => page.getByRole('list', { name: `Bài chọn tay của ${block}` });

/** The containers' names, top to bottom, as the editor lists them. */
async function containerNames(page: Page): Promise<string[]> {
  const headings = await containerList(page).getByRole('heading', { level: 3 }).allInnerTexts();
  return headings.map((text) => text.replace(/^\d+\.\s*/, '').replace(/\s*\(.*\)$/, '').trim());
}

const centreY = (box: { y: number; height: number }) => box.y + box.height / 2;

type Pointer = { press: () => Promise<void>; moveTo: (dy: number) => Promise<void>; release: () => Promise<void> };

/** A finger on a touch screen, as Chrome gets it from one: pointer events of type "touch". */
async function finger(page: Page, x: number, y: number): Promise<Pointer> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: y + dy }] });
  let at = 0;
  return {
    press: async () => {
      await touch('touchStart');
    },
    moveTo: async (dy) => {
      const steps = Math.max(1, Math.ceil(Math.abs(dy - at) / 10));
      for (let step = 1; step <= steps; step += 1) await touch('touchMove', at + ((dy - at) * step) / steps);
      at = dy;
    },
    release: async () => {
      await touch('touchEnd');
      await cdp.detach();
    },
  };
}

function mouse(page: Page, x: number, y: number): Pointer {
  return {
    press: async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + 6, { steps: 2 });
    },
    moveTo: (dy) => page.mouse.move(x, y + dy, { steps: 20 }),
    release: () => page.mouse.up(),
  };
}

/**
 * Drags an item by its handle, with a finger on a touch screen (the phone project) and with the
 * mouse otherwise, as a hand watching the screen would: in small steps just past halfway to the
 * neighbour's middle (which is then the closest), further while the new place is not yet
 * announced, and lets go once it is. On a phone two containers can be taller than the screen, so
 * halfway may not fit between the start and the far edge: the page then scrolls under the finger.
 * (A container's height grows with what other tests put on the front; on a loaded machine the
 * editor may lag.)
 */
async function drag(page: Page, handle: Locator, item: Locator, target: Locator, announced: string): Promise<void> {
  await handle.scrollIntoViewIfNeeded();
  const gap = centreY((await target.boundingBox())!) - centreY((await item.boundingBox())!);
  const direction = Math.sign(gap);
  // Start far enough from the edge the item moves towards that the pointer ends outside the band
  // where the list scrolls itself (dnd-kit's auto-scroll, 20 % of the screen), which would carry the item further.
  const height = page.viewportSize()!.height;
  const start = direction < 0 ? height * 0.78 : height * 0.22;
  await page.evaluate((dy) => window.scrollBy(0, dy), centreY((await handle.boundingBox())!) - start);
  const from = (await handle.boundingBox())!;
  const x = from.x + from.width / 2;
  const y = centreY(from);
  const furthest = Math.min(Math.abs(gap), direction < 0 ? y - height * 0.21 : height * 0.79 - y);
  const pointer = test.info().project.use.hasTouch ? await finger(page, x, y) : mouse(page, x, y);
  const place = page.getByRole('status').filter({ hasText: announced });
  const placed = () =>
    place.waitFor({ state: 'attached', timeout: 500 }).then(
      () => true,
      () => false,
    );
  await pointer.press();
  let scrolled = 0;
  for (let distance = Math.abs(gap) / 2 + 30; ; distance += 20) {
    await pointer.moveTo(direction * Math.min(distance, furthest));
    // Past the edge of the screen the page scrolls under the finger instead, as the list does
    // by itself while a hand holds an item there.
    if (distance > furthest) {
      await page.evaluate((dy) => window.scrollBy(0, dy), direction * (distance - furthest - scrolled));
      scrolled = distance - furthest;
    }
    if ((await placed()) || distance >= Math.abs(gap)) break;
  }
  await expect(place).toBeAttached();
  await pointer.release();
}

const draftVersion = () => homeRow()?.draft_version ?? 0;

/** Makes an edit and waits for the autosave it causes to reach the database. */
async function editAndSave(page: Page, edit: () => Promise<void>): Promise<void> {
  const before = draftVersion();
  await edit();
  await expect.poll(draftVersion).toBeGreaterThan(before);
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu bản nháp lúc/ })).toBeVisible();
}

/** Hand-picks an article into a container through the picker (searching by its id). */
async function pick(page: Page, article: { id: number; title: string }, block = 'Tin chính'): Promise<void> {
  const search = page.getByRole('search', { name: `Tìm bài cho khối ${block}` });
  await search.getByLabel(`Tìm bài để thêm vào khối “${block}”`).fill(String(article.id));
  await search.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('button', { name: `Thêm “${article.title}” vào khối ${block}` }).click();
  await expect(cardList(page, `khối “${block}”`).getByRole('link', { name: article.title })).toBeVisible();
}

/** Removes every hand-picked card of the lead container, so each run starts from backfill. */
async function clearLead(page: Page): Promise<void> {
  const remove = cardList(page).getByRole('button', { name: /^Bỏ bài/ });
  while ((await remove.count()) > 0) await remove.first().click();
}

/** The lead story's headline and link on the reader's home, from a plain request. */
async function readerLead(reader: APIRequestContext): Promise<{ title: string; href: string } | null> {
  const html = await (await reader.get('/')).text();
  const match = /<h3 class="lead-title"><a href="([^"]+)">([^<]*)<\/a>/.exec(html);
  return match ? { href: match[1]!, title: match[2]! } : null;
}

/** Publishes from the editor; once the editor says it is published, the reader's very next request must lead with the title. Answers how long that request took. */
async function publishAndMeasure(page: Page, reader: APIRequestContext, expectedTitle: string): Promise<number> {
  await page.getByRole('button', { name: 'Xuất bản' }).click();
  // The status line, not the first Server Action answer: an autosave queued before the click may answer first.
  await expect(page.getByRole('status').filter({ hasText: /Đã xuất bản lúc/ })).toBeVisible();
  const since = Date.now();
  expect((await readerLead(reader))?.title, 'the next reader request after publishing').toBe(expectedTitle);
  return Date.now() - since;
}

const homeRow = () => queryE2eDb<{ draft: string; draft_version: number; published_revision_id: number | null }>("SELECT draft, draft_version, published_revision_id FROM fronts WHERE key = 'home'")[0];

test.describe('fronts', () => {
  test('a managing editor curates the home by mouse and keyboard, overrides a headline for the front only, publishes, and the next reader request shows it @mobile', async ({ page, request }) => {
    const [first, second] = freshArticles(2);
    const account = await newStaff('managing_editor', 'Thư Ký Trang Nhất');
    await signInPage(page, account.email, account.password);
    await page.goto('/admin/fronts');
    await page.getByRole('link', { name: 'Trang chủ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trang nhất: Trang chủ' })).toBeVisible();
    // Nothing wider than the screen: on a phone every control stays reachable.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await clearLead(page);
    await pick(page, first!);
    // Saved before the drag: the status line changing under the finger would move the list.
    await editAndSave(page, () => pick(page, second!));

    // Dragged (by mouse, or by a finger on the phone): the second card above the first becomes the lead story.
    const cards = cardList(page);
    const cardItem = (title: string) => cards.getByRole('listitem').filter({ hasText: title });
    await drag(
      page,
      cards.getByRole('button', { name: `Kéo để sắp xếp bài “${second!.title}”` }),
      cardItem(second!.title),
      cardItem(first!.title),
      `bài “${second!.title}”: vị trí 1`,
    );
    await expect(cards.getByRole('link').first()).toHaveText(second!.title);
    await expect(page.getByRole('status').filter({ hasText: `Đã thả bài “${second!.title}” ở vị trí 1` })).toBeAttached();

    // Keyboard, with the handle: Space lifts, an arrow moves, Space drops; each step is announced.
    const before = await containerNames(page);
    const handle = containerList(page).getByRole('button', { name: `Kéo để sắp xếp khối “${before[1]}”` });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: `Đã nhấc khối “${before[1]}”` })).toBeAttached();
    // dnd-kit listens for the arrows only from a timer it sets on the lift, and Chromium runs input
    // before timers: an arrow sent right after the announcement was lost under load. A timer set
    // now runs after dnd-kit's.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowDown');
    // As a screen reader user would, drop once the new place is announced.
    await expect(page.getByRole('status').filter({ hasText: `khối “${before[1]}”: vị trí 3` })).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: `Đã thả khối “${before[1]}” ở vị trí 3` })).toBeAttached();
    expect(await containerNames(page)).toEqual([before[0], before[2], before[1], ...before.slice(3)]);

    // Keyboard, with the buttons: and back again; the focus stays on the button.
    const up = containerList(page).getByRole('button', { name: `Chuyển khối “${before[1]}” lên` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `Đã chuyển khối “${before[1]}” lên, nay ở vị trí 2` })).toBeAttached();
    expect(await containerNames(page)).toEqual(before);

    // Dragged again, on the containers (by a finger on the phone): the sixth (a section block) onto the fifth.
    const block = (index: number) => containerList(page).getByRole('region', { name: new RegExp(`^${index}\\. `) });
    await drag(page, containerList(page).getByRole('button', { name: `Kéo để sắp xếp khối “${before[5]}”` }), block(6), block(5), `khối “${before[5]}”: vị trí 5`);
    await expect(page.getByRole('status').filter({ hasText: `Đã thả khối “${before[5]}” ở vị trí 5` })).toBeAttached();
    const reordered = [...before.slice(0, 4), before[5], before[4], ...before.slice(6)];
    expect(await containerNames(page)).toEqual(reordered);

    // A block added at the end and removed again, each announced.
    await page.getByRole('button', { name: 'Thêm khối' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Đã thêm “Khối mới” ở cuối trang, vị trí ${reordered.length + 1}.` })).toBeAttached();
    expect(await containerNames(page)).toEqual([...reordered, 'Khối mới']);
    await containerList(page).getByRole('button', { name: 'Xóa khối “Khối mới”' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã xóa khối “Khối mới”.' })).toBeAttached();
    expect(await containerNames(page)).toEqual(reordered);

    // The lead's headline, for this front only.
    const headline = `Tiêu đề riêng trên trang chủ ${Date.now().toString(36)}`;
    const leadCard = cardItem(second!.title);
    await leadCard.getByText('Sửa cách hiện trên trang này').click();
    await editAndSave(page, () => leadCard.getByLabel('Tiêu đề riêng trên trang này').fill(headline));
    // The preview shows the draft with the readers' component, at a phone's width and a desktop's.
    for (const width of ['390 px', '1280 px']) await expect(page.frameLocator(`iframe[title*="${width}"]`).getByRole('link', { name: headline })).toBeVisible();
    // A picture of the page, drawn without running it: no script ran in either frame (Next's
    // inline payload would have defined self.__next_f).
    const previews = page.frames().filter((frame) => frame.url().includes('/preview'));
    expect(previews).toHaveLength(2);
    for (const frame of previews) expect(await frame.evaluate(() => typeof (self as { __next_f?: unknown }).__next_f)).toBe('undefined');
    // Pinned for a day from the card's own settings, typed in Vietnam time.
    const pinEnds = new Date(Math.ceil((Date.now() + 86_400_000) / 1000) * 1000);
    await fillDateTime(leadCard, 'Ghim đến (giờ Việt Nam)', pinEnds);
    await expect.poll(() => JSON.parse(homeRow()!.draft).containers[0].cards[0]).toMatchObject({ articleId: second!.id, pinnedUntil: pinEnds.toISOString() });

    const ms = await publishAndMeasure(page, request, headline);
    test.info().annotations.push({ type: 'publish to visible', description: `${ms} ms` });
    console.log(`fronts: publish to visible (${test.info().project.name}): ${ms} ms`);
    expect((await readerLead(request))?.href).toBe(second!.path);
    // The article keeps its own headline on its page.
    const articleHtml = await (await request.get(second!.path)).text();
    expect(articleHtml).toContain(second!.title);
    expect(articleHtml).not.toContain(headline);
    expect(JSON.parse(homeRow()!.draft).containers.map((c: { name: string }) => c.name)).toEqual(reordered);
  });

  test('two editors on one front: the second save gets the conflict screen, never a silent overwrite', async ({ browser }) => {
    const first = await staffPage(browser, 'editor', 'Biên Tập Một');
    const second = await staffPage(browser, 'managing_editor', 'Thư Ký Hai');
    await first.page.goto(HOME);
    await second.page.goto(HOME);
    const [name] = await containerNames(first.page);
    const theirs = `Khối của Biên Tập Một ${Date.now().toString(36)}`;
    const mine = `Khối của Thư Ký Hai ${Date.now().toString(36)}`;

    await editAndSave(first.page, () => first.page.getByLabel('Tên khối').first().fill(theirs));
    // A saved draft is audited too.
    expect(queryE2eDb("SELECT json_extract(detail, '$.key') AS key FROM audit_log WHERE actor_id = ? AND action = 'front.save'", first.userId)).toContainEqual({ key: 'home' });
    await second.page.getByLabel('Tên khối').first().fill(mine);
    const conflict = second.page.getByRole('alertdialog', { name: 'Xung đột: trang đã được sửa ở nơi khác' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('Biên Tập Một đã lưu trang này');
    await expect(conflict.getByRole('heading', { name: /Bản của Biên Tập Một/ })).toBeVisible();
    await expect(conflict.getByText(theirs)).toBeVisible();
    await expect(conflict.getByText(mine)).toBeVisible();
    // Nothing of the second editor's was written.
    expect(JSON.parse(homeRow()!.draft).containers[0].name).toBe(theirs);

    // Overwriting is an explicit choice, and it is then saved.
    await editAndSave(second.page, () => conflict.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click());
    expect(JSON.parse(homeRow()!.draft).containers[0].name).toBe(mine);

    // The first editor is now behind: loading theirs replaces the editor's copy.
    await first.page.getByLabel('Tên khối').first().fill(`${theirs} lần hai`);
    const again = first.page.getByRole('alertdialog');
    await expect(again).toContainText('Thư Ký Hai đã lưu trang này');
    await again.getByRole('button', { name: /Tải bản của Thư Ký Hai/ }).click();
    await expect(first.page.getByLabel('Tên khối').first()).toHaveValue(mine);

    // Put the name back for the other tests.
    await editAndSave(first.page, () => first.page.getByLabel('Tên khối').first().fill(name!));

    // Publishing from the copy that is now behind is refused the same way: the conflict screen, and
    // readers keep the front they had.
    const live = homeRow()!.published_revision_id;
    await second.page.getByRole('button', { name: 'Xuất bản' }).click();
    await expect(second.page.getByRole('alertdialog', { name: 'Xung đột: trang đã được sửa ở nơi khác' })).toContainText('Biên Tập Một đã lưu trang này');
    expect(homeRow()!.published_revision_id).toBe(live);
    await first.close();
    await second.close();
  });

  test('restoring an earlier published version puts it in the draft; publishing it brings it back to readers', async ({ browser, request }) => {
    const { page, userId, close } = await staffPage(browser, 'managing_editor', 'Thư Ký Khôi Phục');
    const [one, two] = freshArticles(2);
    await page.goto(HOME);
    await clearLead(page);
    await pick(page, one!);
    await publishAndMeasure(page, request, one!.title);
    const earlier = homeRow()!.published_revision_id!;

    await page.reload();
    await clearLead(page);
    await pick(page, two!);
    await publishAndMeasure(page, request, two!.title);

    await page.reload();
    const revisions = page.getByRole('region', { name: 'Các phiên bản đã xuất bản' });
    await expect(revisions.getByRole('listitem').first()).toContainText('đang hiện cho độc giả');
    await revisions.getByRole('button', { name: new RegExp(`^Khôi phục vào bản nháp phiên bản #${earlier} `) }).click();
    await expect(page.getByRole('status').filter({ hasText: `Đã khôi phục phiên bản #${earlier} vào bản nháp` })).toBeVisible();
    await expect(cardList(page).getByRole('link', { name: one!.title })).toBeVisible();
    // Restoring changed the draft only.
    expect((await readerLead(request))?.title).toBe(two!.title);
    await publishAndMeasure(page, request, one!.title);
    await page.reload();
    await expect(revisions.getByRole('listitem').first()).toContainText(`khôi phục từ #${earlier}`);
    // Every publish and restore is in the audit log, under the person who made it and the front's key.
    const audited = queryE2eDb<{ action: string; key: string }>("SELECT action, json_extract(detail, '$.key') AS key FROM audit_log WHERE actor_id = ? AND target_type = 'front' ORDER BY id", userId);
    expect(audited.filter((row) => row.action !== 'front.save')).toEqual([
      { action: 'front.publish', key: 'home' },
      { action: 'front.publish', key: 'home' },
      { action: 'front.restore', key: 'home' },
      { action: 'front.publish', key: 'home' },
    ]);
    await close();
  });

  test('an editor drafts but cannot publish, in the page or by calling the action', async ({ browser, playwright }) => {
    const { page, close } = await staffPage(browser, 'editor', 'Biên Tập Không Xuất Bản');
    await page.goto(HOME);
    const publish = page.getByRole('button', { name: 'Xuất bản' });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(/Chỉ thư ký tòa soạn hoặc quản trị viên được xuất bản trang nhất/);
    await close();

    const account = await newStaff('editor', 'Biên Tập Gọi Thẳng');
    const editor = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    await signIn(editor, account.email, account.password);
    const before = homeRow();
    const text = await callFrontAction(editor, 'publish-front', 'publishFrontAction', { key: 'home', version: before?.draft_version ?? 0, document: { containers: [] } });
    expect(text).toContain('"error":"forbidden"');
    expect(homeRow()).toEqual(before);
    await editor.dispose();
  });

  test('reporters cannot reach fronts, nor call the publish action', async ({ browser, playwright }) => {
    const { page, close } = await staffPage(browser, 'reporter', 'Phóng Viên Trang Nhất');
    await page.goto('/admin');
    await expect(page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Trang nhất' })).toHaveCount(0);
    for (const path of ['/admin/fronts', HOME, `${HOME}/preview`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await close();

    const account = await newStaff('reporter', 'Phóng Viên Gọi Thẳng');
    const reporter = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    await signIn(reporter, account.email, account.password);
    const before = homeRow();
    for (const [file, name, input] of [
      ['publish-front', 'publishFrontAction', { key: 'home', version: before?.draft_version ?? 0, document: { containers: [] } }],
      ['save-front-draft', 'saveFrontDraftAction', { key: 'home', version: before?.draft_version ?? 0, document: { containers: [] } }],
    ] as const) {
      expect(await callFrontAction(reporter, file, name, input), name).toContain('"error":"forbidden"');
    }
    expect(homeRow()).toEqual(before);
    await reporter.dispose();
  });
});
