import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { slugify } from '../../lib/vi/text';
import { actionResult, anonymous, articleAction, articlePublicPath, createDraft, createPublished, ownerSession, queryOne, snapshot, staffSession } from '../../tests/security/support';
import { signInPage } from '../helpers/auth';
import { newStaff } from '../helpers/articles';
import { callServerAction } from '../helpers/server-actions';

// Event pages ("Sự kiện", issue 15): an editor groups a running story's articles; /su-kien/{slug}
// lists the public ones as a timeline, newest on top, with a feed, a sitemap entry and
// CollectionPage + ItemList data; it is a 404 until one of them is public and again once none is.

const ACTIONS_FILE = 'app/admin/events/actions.ts';
const PAGE_SIZE = 12;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

/** Calls one of the event Server Actions over HTTP as a form would; answers its result and the raw text. */
async function eventAction(request: APIRequestContext, exportedName: string, fields: Record<string, string | number>) {
  const response = await callServerAction(request, {
    page: '/admin/events',
    filename: ACTIONS_FILE,
    exportedName,
    previousState: { status: 'idle', message: '' },
    fields: Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, String(value)])),
  });
  const text = await response.text();
  return { status: response.status(), text, result: actionResult(text) };
}

/** Creates an event through its action (which answers with a redirect) and reads its id and slug. */
async function createEvent(request: APIRequestContext, name: string, ordering: 'time' | 'manual' = 'time') {
  const { status, text } = await eventAction(request, 'createEventAction', { name, slug: '', description: `Diễn biến ${name}.`, coverMediaId: '', ordering });
  expect(status, text.slice(0, 300)).toBeLessThan(400);
  const event = queryOne<{ id: number; slug: string }>('SELECT id, slug FROM events WHERE name = ?', name);
  expect(event, `event "${name}" was not created: ${text.slice(0, 300)}`).toBeDefined();
  return event!;
}

async function attach(request: APIRequestContext, eventId: number, articleId: number) {
  const { result, text } = await eventAction(request, 'attachEventArticleAction', { id: eventId, articleId });
  expect(result?.status, text.slice(0, 300)).toBe('success');
}

/** Publishes a draft (articleAction confirms the warnings a bare test article raises); answers its new version. */
async function publish(request: APIRequestContext, draft: { id: number; version: number }, title: string): Promise<number> {
  const published = await articleAction(request, 'publish', { ...draft, snapshot: snapshot(title, `Diễn biến: ${title}.`) });
  expect(published.result?.ok, published.text.slice(0, 300)).toBe(true);
  return Number(published.result!.version);
}

/** A published article; its id, version and public path. */
const publishedArticle = (request: APIRequestContext, title: string) => createPublished(request, title, `Diễn biến: ${title}.`);

/** The timeline's article links, top to bottom, as a reader's plain request gets them. */
function timelinePaths(html: string): string[] {
  const list = /<ol class="event-timeline"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<h2 class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]!);
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]!) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
}

async function sitemapHas(reader: APIRequestContext, url: string): Promise<boolean> {
  const index = xml.parse(await (await reader.get('/sitemap.xml')).text());
  const files = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc).pathname).filter((p) => p.startsWith('/sitemaps/events'));
  for (const file of files) {
    const urls = (xml.parse(await (await reader.get(file)).text()).urlset?.url ?? []) as { loc: string }[];
    if (urls.some((u) => u.loc === url)) return true;
  }
  return false;
}

test.describe('event pages', () => {
  test.setTimeout(180_000);

  test('404 until a public article, then a timeline newest first over pages, its feed, sitemap entry and CollectionPage; 404 again when the last is unpublished', { tag: '@requests' }, async ({ baseURL }) => {
    const editor = await staffSession('editor', 'Biên Tập Sự Kiện');
    const reader = await anonymous();
    const name = `Bão thử nghiệm ${Date.now()}`;
    const event = await createEvent(editor.request, name);
    expect(event.slug).toBe(slugify(name));
    const path = `/su-kien/${event.slug}`;
    const feedPath = `/rss/su-kien/${event.slug}.xml`;
    const absolute = (p: string) => `${baseURL}${p}`;

    // No article, then a draft only: no page, no feed, not in the sitemap.
    expect((await reader.get(path)).status()).toBe(404);
    const first = await createDraft(editor.request, `${name}: tin đầu tiên`);
    await attach(editor.request, event.id, first.id);
    expect((await reader.get(path)).status()).toBe(404);
    expect((await reader.get(feedPath)).status()).toBe(404);
    expect(await sitemapHas(reader, absolute(path))).toBe(false);

    // Publishing the attached draft opens the page on the next request (the article's change expires its events).
    const firstVersion = await publish(editor.request, first, `${name}: tin đầu tiên`);
    expect((await reader.get(path)).status()).toBe(200);

    // Thirteen public members: twelve on page 1, newest on top, the first one alone on page 2.
    const members = [{ id: first.id, version: firstVersion, path: articlePublicPath(first.id) }];
    for (let i = 2; i <= PAGE_SIZE + 1; i++) {
      const article = await publishedArticle(editor.request, `${name}: diễn biến ${i}`);
      await attach(editor.request, event.id, article.id);
      members.push(article);
    }
    const newestFirst = [...members].reverse().map((m) => m.path);
    const page1 = await reader.get(path);
    expect(page1.status()).toBe(200);
    const html1 = await page1.text();
    expect(timelinePaths(html1)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    expect(html1).toContain(`<link rel="canonical" href="${absolute(path)}"/>`);
    expect(html1).toContain(`href="${absolute(feedPath)}"`);
    const page2 = await reader.get(`${path}?trang=2`);
    expect(page2.status()).toBe(200);
    const html2 = await page2.text();
    expect(timelinePaths(html2)).toEqual([members[0]!.path]);
    expect(html2).toContain(`<link rel="canonical" href="${absolute(`${path}?trang=2`)}"/>`);
    expect((await reader.get(`${path}?trang=3`)).status()).toBe(404);

    // Structured data: a CollectionPage whose ItemList is this page's articles, in order.
    const collection = jsonLd(html1).find((d) => d['@type'] === 'CollectionPage') as { url: string; name: string; mainEntity: { '@type': string; itemListElement: { position: number; url: string }[] } } | undefined;
    expect(collection?.url).toBe(absolute(path));
    expect(collection?.name).toBe(name);
    expect(collection?.mainEntity['@type']).toBe('ItemList');
    expect(collection?.mainEntity.itemListElement.map((item) => item.url)).toEqual(newestFirst.slice(0, PAGE_SIZE).map(absolute));
    expect(collection?.mainEntity.itemListElement.map((item) => item.position)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => i + 1));
    const secondPage = jsonLd(html2).find((d) => d['@type'] === 'CollectionPage') as { mainEntity: { itemListElement: { position: number; url: string }[] } };
    expect(secondPage.mainEntity.itemListElement).toEqual([expect.objectContaining({ position: PAGE_SIZE + 1, url: absolute(members[0]!.path) })]);

    // The feed parses and lists every member, newest first; the sitemap lists the page.
    const feedResponse = await reader.get(feedPath);
    expect(feedResponse.headers()['content-type']).toMatch(/^application\/rss\+xml/);
    const feed = await new Parser().parseString(await feedResponse.text());
    expect(feed.title).toContain(name);
    expect(feed.link).toBe(absolute(path));
    expect(feed.items.map((item) => item.link)).toEqual(newestFirst.map(absolute));
    expect(await sitemapHas(reader, absolute(path))).toBe(true);

    // Detach all but the newest, then unpublish it: the page, feed and sitemap entry go at once.
    for (const member of members.slice(0, -1)) {
      const { result, text } = await eventAction(editor.request, 'detachEventArticleAction', { id: event.id, articleId: member.id });
      expect(result?.status, text.slice(0, 300)).toBe('success');
    }
    expect(timelinePaths(await (await reader.get(path)).text())).toEqual([members.at(-1)!.path]);
    const last = members.at(-1)!;
    const unpublished = await articleAction(editor.request, 'unpublish', { id: last.id, version: last.version });
    expect(unpublished.result?.ok, unpublished.text.slice(0, 300)).toBe(true);
    expect((await reader.get(path)).status()).toBe(404);
    expect((await reader.get(feedPath)).status()).toBe(404);
    expect(await sitemapHas(reader, absolute(path))).toBe(false);
    await reader.dispose();
    await editor.request.dispose();
  });

  test("after a rename, an event's and a section's old page and feed URLs answer 308 to the new ones", { tag: '@requests' }, async () => {
    const reader = await anonymous();
    const moved = async (from: string, to: string) => {
      const response = await reader.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers()['location'], from).toBe(to);
    };

    // An event with a public article, renamed twice: both old slugs lead to the newest.
    const editor = await staffSession('editor', 'Biên Tập Đổi Tên Sự Kiện');
    const name = `Sự kiện đổi tên ${Date.now()}`;
    const event = await createEvent(editor.request, name);
    await attach(editor.request, event.id, (await publishedArticle(editor.request, `${name}: tin`)).id);
    const rename = async (slug: string) => {
      const { result, text } = await eventAction(editor.request, 'updateEventAction', { id: event.id, name, slug, description: '', coverMediaId: '', ordering: 'time' });
      expect(result?.status, text.slice(0, 300)).toBe('success');
    };
    await rename(`${event.slug}-moi`);
    await rename(`${event.slug}-moi-nhat`);
    const current = `${event.slug}-moi-nhat`;
    for (const old of [event.slug, `${event.slug}-moi`]) {
      await moved(`/su-kien/${old}?trang=1`, `/su-kien/${current}?trang=1`);
      await moved(`/rss/su-kien/${old}.xml`, `/rss/su-kien/${current}.xml`);
    }
    expect((await reader.get(`/su-kien/${event.slug}`)).status()).toBe(200);
    expect((await reader.get(`/rss/su-kien/${event.slug}.xml`)).headers()['content-type']).toMatch(/^application\/rss\+xml/);
    expect(queryOne<{ n: number }>("SELECT count(*) AS n FROM slug_redirects WHERE kind = 'event' AND target_id = ?", event.id)?.n).toBe(2);

    // A section's feed follows its slug as its pages do (it answered 404).
    const admin = await ownerSession();
    const sectionSlug = `muc-doi-ten-${Date.now().toString(36)}`;
    // The section actions answer with the page re-rendered as well: their effect is read from the database.
    const section = async (exportedName: string, fields: Record<string, string>) => {
      const response = await callServerAction(admin, { page: '/admin/sections', filename: 'app/admin/sections/actions.ts', exportedName, previousState: { status: 'idle', message: '' }, fields });
      expect(response.status()).toBe(200);
    };
    const sectionSlugOf = (id: number) => queryOne<{ slug: string }>('SELECT slug FROM sections WHERE id = ?', id)?.slug;
    await section('createSectionAction', { name: 'Mục đổi tên', slug: sectionSlug, description: '', parentId: '' });
    const sectionId = queryOne<{ id: number }>('SELECT id FROM sections WHERE slug = ?', sectionSlug)!.id;
    await section('updateSectionAction', { id: String(sectionId), name: 'Mục đổi tên', slug: `${sectionSlug}-moi`, description: '', parentId: '' });
    expect(sectionSlugOf(sectionId)).toBe(`${sectionSlug}-moi`);
    await moved(`/${sectionSlug}`, `/${sectionSlug}-moi`);
    await moved(`/rss/${sectionSlug}.xml`, `/rss/${sectionSlug}-moi.xml`);
    expect((await reader.get(`/rss/${sectionSlug}.xml`)).status()).toBe(200);
    expect((await reader.get('/rss/khong-co-muc-nay.xml')).status()).toBe(404);
    await section('deleteSectionAction', { id: String(sectionId) });
    expect(sectionSlugOf(sectionId)).toBeUndefined();
    expect((await reader.get(`/rss/${sectionSlug}.xml`, { maxRedirects: 0 })).status()).toBe(404);
    await Promise.all([reader.dispose(), editor.request.dispose(), admin.dispose()]);
  });

  test('a reporter can neither open the events newsroom nor call its actions', { tag: '@requests' }, async () => {
    const reporter = await staffSession('reporter', 'Phóng Viên Sự Kiện');
    const page = await reporter.request.get('/admin/events', { maxRedirects: 0 });
    expect(page.status()).toBe(403);
    const editor = await staffSession('editor', 'Biên Tập Cho Phóng Viên');
    const event = await createEvent(editor.request, `Sự kiện cấm ${Date.now()}`);
    const article = await publishedArticle(editor.request, `Bài của sự kiện cấm ${Date.now()}`);
    const fingerprint = () => JSON.stringify([queryOne('SELECT json_group_array(json_array(id, name, slug, ordering)) AS e FROM events'), queryOne('SELECT json_group_array(json_array(event_id, article_id, position)) AS m FROM event_articles')]);
    const before = fingerprint();
    const calls: [string, Record<string, string | number>][] = [
      ['createEventAction', { name: 'Sự kiện của phóng viên', slug: '', description: '', coverMediaId: '', ordering: 'time' }],
      ['updateEventAction', { id: event.id, name: 'Đổi tên', slug: 'doi-ten', description: '', coverMediaId: '', ordering: 'manual' }],
      ['attachEventArticleAction', { id: event.id, articleId: article.id }],
      ['detachEventArticleAction', { id: event.id, articleId: article.id }],
      ['moveEventArticleAction', { id: event.id, articleId: article.id, direction: 'up' }],
      ['deleteEventAction', { id: event.id }],
    ];
    for (const [action, fields] of calls) {
      const { result, text } = await eventAction(reporter.request, action, fields);
      expect(result?.status, `${action}: ${text.slice(0, 200)}`).toBe('error');
      expect(text, action).toContain('Bạn không có quyền');
    }
    expect(fingerprint()).toBe(before);
    // The same calls work for an editor (the refusal above is the role's, not a broken call).
    await attach(editor.request, event.id, article.id);
    await reporter.request.dispose();
    await editor.request.dispose();
  });

  test('an editor creates an event, adds articles by search, orders them by hand; readers see the timeline and "Cùng sự kiện"', async ({ page, browser, baseURL }) => {
    const desk = await staffSession('editor', 'Biên Tập Bài Sự Kiện');
    const stamp = Date.now();
    const older = await publishedArticle(desk.request, `Lũ miền Trung ${stamp}: nước lên`);
    const newer = await publishedArticle(desk.request, `Lũ miền Trung ${stamp}: nước rút`);
    await desk.request.dispose();

    const editor = await newStaff('editor', 'Biên Tập Giao Diện Sự Kiện');
    await signInPage(page, editor.email, editor.password);
    await page.goto('/admin');
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Sự kiện' }).click();
    await expect(page).toHaveURL(/\/admin\/events$/);
    const name = `Lũ miền Trung ${stamp}`;
    await page.getByLabel('Tên sự kiện').fill(name);
    await page.getByRole('button', { name: 'Tạo sự kiện' }).click();
    await expect(page).toHaveURL(/\/admin\/events\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sự kiện: ${name}`);

    // Found without accents, added one by one.
    await page.getByLabel('Tìm bài theo tiêu đề hoặc mã số').fill(`lu mien trung ${stamp}`);
    await page.getByRole('button', { name: 'Tìm bài' }).click();
    for (const title of [`${name}: nước lên`, `${name}: nước rút`]) {
      await page.getByRole('button', { name: `Thêm vào sự kiện: ${title}` }).click();
      await expect(page.getByRole('list', { name: 'Bài trong sự kiện' }).getByRole('link', { name: title })).toBeVisible();
    }
    const members = page.getByRole('list', { name: 'Bài trong sự kiện' }).getByRole('listitem');
    await expect(members).toHaveCount(2);
    await expect(members.first()).toContainText('nước rút');

    const reader = await (await browser.newContext({ baseURL })).newPage();
    const eventPath = `/su-kien/${slugify(name)}`;
    await reader.goto(eventPath);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(name);
    const timeline = reader.getByRole('list', { name: `Diễn biến: ${name}` });
    await expect(timeline.getByRole('heading')).toHaveText([`${name}: nước rút`, `${name}: nước lên`]);
    await expect(timeline.locator('time').first()).toHaveText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2}\/\d{1,2}\/\d{4} - \d{2}:\d{2}$/);

    // "Cùng sự kiện" on a member links the other member and the event.
    await reader.goto(older.path);
    const box = reader.getByRole('region', { name: `Cùng sự kiện: ${name}` });
    await expect(box.getByRole('link', { name: `${name}: nước rút` })).toHaveAttribute('href', newer.path);
    await expect(box.getByRole('link', { name: 'Xem toàn bộ diễn biến' })).toHaveAttribute('href', eventPath);

    // Hand order: the older story moved to the top is on top for readers too.
    await page.getByRole('radio', { name: /Sắp xếp tay/ }).check();
    await page.getByRole('button', { name: 'Lưu sự kiện' }).click();
    await expect(page.getByText(`Đã lưu sự kiện “${name}”`)).toBeVisible();
    await page.getByRole('button', { name: `Đưa lên: ${name}: nước lên` }).click();
    await expect(members.first()).toContainText('nước lên');
    await expect(page.getByRole('button', { name: `Đưa lên: ${name}: nước lên` })).toBeDisabled();
    await reader.goto(eventPath);
    await expect(timeline.getByRole('heading')).toHaveText([`${name}: nước lên`, `${name}: nước rút`]);

    // Taken out, it leaves the newsroom list, the timeline and the other's box.
    await page.getByRole('button', { name: `Bỏ khỏi sự kiện: ${name}: nước rút` }).click();
    await expect(members).toHaveCount(1);
    await reader.goto(older.path);
    await expect(reader.getByRole('region', { name: /^Cùng sự kiện/ })).toHaveCount(0);

    // Deleting asks first, saying what becomes of the articles; cancelled, nothing changes.
    expect((await reader.goto(eventPath))?.status()).toBe(200);
    const eventId = Number(/\/admin\/events\/(\d+)/.exec(page.url())![1]);
    await page.getByRole('button', { name: `Xóa sự kiện ${name}` }).click();
    const ask = page.getByRole('dialog', { name: `Xóa sự kiện “${name}”?` });
    await expect(ask).toContainText('1 bài của sự kiện vẫn giữ nguyên, đã đăng thì vẫn đăng');
    await ask.getByRole('button', { name: 'Hủy' }).click();
    await expect(ask).toHaveCount(0);
    expect((await reader.goto(eventPath))?.status()).toBe(200);
    // Confirmed, the event's page is gone at once; its articles stay; the deletion is audited.
    await page.getByRole('button', { name: `Xóa sự kiện ${name}` }).click();
    await ask.getByRole('button', { name: 'Xóa sự kiện' }).click();
    await expect(page).toHaveURL(/\/admin\/events\?da-xoa=/);
    await expect(page.getByRole('status').filter({ hasText: `Đã xóa sự kiện ${eventPath}.` })).toBeVisible();
    expect((await reader.goto(eventPath))?.status()).toBe(404);
    expect((await reader.goto(older.path))?.status()).toBe(200);
    expect(queryOne("SELECT count(*) AS n FROM audit_log WHERE action = 'event.delete' AND target_type = 'event' AND target_id = ?", eventId)).toEqual({ n: 1 });
    await reader.context().close();
  });
});
