import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { E2E_BASE_URL, E2E_DATABASE_PATH } from '../helpers/env';
import { serverActionId } from '../helpers/server-actions';
import { actionResult, articleAction, createPublished, queryOne, staffSession, type Staff } from '../../tests/security/support';

// Readers and the home's front (issue 15): the default front is the home as it always was; a
// published front is what the next reader gets; a takedown leaves the front at once; a pin runs
// out on time with nobody acting. Fronts are published through the newsroom's own Server Action.

test.describe.configure({ mode: 'serial' });

let editor: Staff;
let managingEditor: Staff;

test.beforeAll(async () => {
  editor = await staffSession('editor', 'Biên Tập Trang Nhất');
  managingEditor = await staffSession('managing_editor', 'Thư Ký Tòa Soạn');
});
test.afterAll(async () => {
  // Leaves the home laid out as the default front has it, for the specs after this one.
  await publishHome([]);
  await editor.request.dispose();
  await managingEditor.request.dispose();
});

type Card = { articleId: number; pinnedUntil?: string | null; headline?: string | null };
const lead = (cards: Card[]) => ({
  id: 'tin-chinh',
  name: 'Tin chính',
  showName: false,
  layout: 'lead',
  slots: 1,
  cards: cards.map((card) => ({ pinnedUntil: null, headline: null, lead: null, mediaId: null, ...card })),
  backfill: { kind: 'latest' },
});
const latest = { id: 'tin-moi', name: 'Tin mới', showName: true, layout: 'featured', slots: 8, cards: [], backfill: { kind: 'latest' } };

/** Publishes a front as a managing editor would; returns when the action has answered. */
async function publishFront(key: string, containers: unknown[]) {
  const version = queryOne<{ v: number }>('SELECT draft_version AS v FROM fronts WHERE key = ?', key)?.v ?? 0;
  const response = await managingEditor.request.post(`/admin/fronts/${encodeURIComponent(key)}`, {
    headers: {
      'Next-Action': serverActionId('app/admin/fronts/_actions/publish-front.ts', 'publishFrontAction'),
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: E2E_BASE_URL,
    },
    data: JSON.stringify([{ key, version, document: { containers } }]),
  });
  const text = await response.text();
  expect(actionResult(text)?.ok, text.slice(0, 300)).toBe(true);
}

/** The home's default blocks below the lead (Tin mới, most read, one per top-level section), so the specs after this one find them. */
function blocksBelowTheLead() {
  const sections = queryAll<{ id: number; name: string }>('SELECT id, name FROM sections WHERE parent_id IS NULL ORDER BY position, id');
  return [
    latest,
    { id: 'doc-nhieu', name: 'Đọc nhiều', showName: true, layout: 'most-read', slots: 5, cards: [], backfill: { kind: 'none' } },
    ...sections.map((section) => ({
      id: `muc-${section.id}`,
      name: section.name,
      showName: true,
      layout: 'section-block',
      slots: 4,
      cards: [],
      backfill: { kind: 'section', sectionId: section.id },
    })),
  ];
}

const publishHome = (cards: Card[]) => publishFront('home', [lead(cards), ...blocksBelowTheLead()]);

/** Publishes a new article through the newsroom; returns its id and public path. */
const publishArticle = (title: string) => createPublished(editor.request, title, 'Nội dung cho trang nhất.');

/** An older public article, not what backfill would lead with. */
function olderArticle(): { id: number; title: string } {
  return queryOne<{ id: number; title: string }>(
    "SELECT id, title FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at ASC LIMIT 1",
    Date.now(),
  )!;
}

function queryAll<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const leadRegion = (page: Page) => page.getByRole('region', { name: 'Tin chính' });

test('the default front is the home as it was: the newest story leads, the next eight follow, then the sections', async ({ page }) => {
  // No saved front: the home is the default one (the seed's curated front removed).
  const db = new Database(E2E_DATABASE_PATH);
  db.pragma('busy_timeout = 5000');
  db.prepare("DELETE FROM fronts WHERE key = 'home'").run();
  db.close();
  const newest = await publishArticle('Bài mới nhất dẫn trang nhất mặc định');

  await page.goto('/');
  await expect(leadRegion(page).getByRole('link', { name: 'Bài mới nhất dẫn trang nhất mặc định' })).toHaveAttribute('href', newest.path);
  const nextEight = queryAll<{ title: string }>(
    "SELECT title FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC, id DESC LIMIT 8 OFFSET 1",
    Date.now(),
  ).map((row) => row.title);
  // The headlines' links: a live article's heading also carries the "Trực tiếp" badge.
  await expect(page.getByRole('region', { name: 'Tin mới' }).getByRole('heading', { level: 3 }).getByRole('link')).toHaveText(nextEight);
  await expect(page.getByRole('region', { name: 'Quốc phòng – An ninh' }).getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
    'href',
    '/quoc-phong-an-ninh',
  );
  // No article twice on the page.
  const hrefs = await page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('a published front is what the next reader gets, with its front-only headline', async ({ page }) => {
  const older = olderArticle();
  await page.goto('/');
  await expect(leadRegion(page).getByRole('link', { name: older.title })).toHaveCount(0);

  const started = Date.now();
  await publishHome([{ articleId: older.id, headline: 'Tít riêng cho trang nhất' }]);
  const answered = Date.now();
  // The reader's very next request, a plain one, already has it.
  expect(await (await page.request.get('/')).text()).toContain('Tít riêng cho trang nhất');
  const visible = Date.now();
  const measured = `${visible - started} ms: the publish action ${answered - started} ms, then the next request ${visible - answered} ms`;
  test.info().annotations.push({ type: 'publish-to-visible', description: measured });
  console.log(`fronts: publish to visible: ${measured}`);
  await page.goto('/');
  await expect(leadRegion(page).getByRole('link', { name: 'Tít riêng cho trang nhất' })).toBeVisible();
  // The article keeps its own headline everywhere else.
  const href = await leadRegion(page).getByRole('link', { name: 'Tít riêng cho trang nhất' }).getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(older.title);
});

test('unpublishing a pinned article takes it off the front at once', async ({ page }) => {
  const pinned = await publishArticle('Bài được ghim rồi bị gỡ');
  const hourAhead = new Date(Date.now() + 3_600_000).toISOString();
  await publishHome([{ articleId: pinned.id, pinnedUntil: hourAhead }]);
  await page.goto('/');
  await expect(leadRegion(page).getByRole('link', { name: 'Bài được ghim rồi bị gỡ' })).toBeVisible();

  const down = await articleAction(editor.request, 'unpublish', { id: pinned.id, version: pinned.version });
  expect(down.result?.ok, down.text.slice(0, 300)).toBe(true);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Bài được ghim rồi bị gỡ' })).toHaveCount(0);
  // Its slot is backfilled: the lead is the newest public story.
  await expect(leadRegion(page).getByRole('article')).toHaveCount(1);
});

test('a pin that runs out falls back to backfill with nobody acting', async ({ page }) => {
  const older = olderArticle();
  const newest = await publishArticle('Bài mới nhất chờ ghim hết hạn');
  const pinEnds = Date.now() + 5_000;
  await publishHome([{ articleId: older.id, pinnedUntil: new Date(pinEnds).toISOString() }]);
  await page.goto('/');
  await expect(leadRegion(page).getByRole('link', { name: older.title })).toBeVisible();

  // Only reloading: the scheduler expires the front's cached page when the pin runs out.
  await expect(async () => {
    await page.goto('/');
    await expect(leadRegion(page).getByRole('link', { name: 'Bài mới nhất chờ ghim hết hạn' })).toHaveAttribute('href', newest.path, { timeout: 500 });
  }).toPass({ timeout: 25_000, intervals: [500] });
  test.info().annotations.push({ type: 'pin-expiry-to-visible', description: `${Date.now() - pinEnds} ms after the pin ran out` });
  expect(Date.now()).toBeGreaterThanOrEqual(pinEnds);
});

test("a section's front shows on its page 1 above the listing, which leaves out what the front shows", async ({ page }) => {
  const section = queryOne<{ id: number; name: string }>("SELECT id, name FROM sections WHERE slug = 'quoc-phong-an-ninh'")!;
  // The section's oldest story (the 2023 seed article, in its subsection): on page 1 of the listing until the front takes it.
  const oldest = queryOne<{ id: number; title: string }>(
    "SELECT a.id, a.title FROM articles a JOIN sections s ON s.id = a.section_id WHERE (s.id = ? OR s.parent_id = ?) AND a.status = 'published' ORDER BY a.published_at ASC LIMIT 1",
    section.id,
    section.id,
  )!;
  await page.goto('/quoc-phong-an-ninh');
  await expect(page.getByRole('main').getByRole('link', { name: oldest.title })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Nổi bật' })).toHaveCount(0);

  await publishFront(`section:${section.id}`, [
    { id: 'noi-bat', name: 'Nổi bật', showName: true, layout: 'featured', slots: 1, cards: [{ articleId: oldest.id, pinnedUntil: null, headline: null, lead: null, mediaId: null }], backfill: { kind: 'none' } },
  ]);
  await page.goto('/quoc-phong-an-ninh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name);
  await expect(page.getByRole('region', { name: 'Nổi bật' }).getByRole('link', { name: oldest.title })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: oldest.title })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Tin mới nhất' })).toBeVisible();

  // An empty front again: the section page is its plain listing, as before any curation.
  await publishFront(`section:${section.id}`, []);
  await page.goto('/quoc-phong-an-ninh');
  await expect(page.getByRole('region', { name: 'Nổi bật' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: oldest.title })).toHaveCount(1);
});
