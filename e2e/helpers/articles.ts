import { expect, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { registerSearchFunctions } from '../../lib/search/sql-functions';
import { createStaff, uniqueEmail, type StaffRole } from './auth';
import { E2E_BASE_URL, E2E_DATABASE_PATH } from './env';
import { serverActionId } from './server-actions';

export const STAFF_PASSWORD = 'Mật khẩu biên tập 2026';

/** A fresh staff account of the given role, for one test. */
export async function newStaff(role: StaffRole, name: string) {
  const email = uniqueEmail(role);
  const id = await createStaff({ email, password: STAFF_PASSWORD, name, role });
  return { id, email, password: STAFF_PASSWORD, name };
}

type ArticleRow = {
  id: number;
  title: string;
  slug: string;
  lead: string;
  status: string;
  version: number;
  body: string;
};

/** The article as stored, read straight from the e2e database. */
export function readArticle(id: number): ArticleRow | undefined {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return db
      .prepare('SELECT id, title, slug, lead, status, version, body FROM articles WHERE id = ?')
      .get(id) as ArticleRow | undefined;
  } finally {
    db.close();
  }
}

/** Reasons of an article's revisions, oldest first. */
export function revisionReasons(id: number): string[] {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return (
      db
        .prepare('SELECT reason FROM article_revisions WHERE article_id = ? ORDER BY id')
        .all(id) as { reason: string }[]
    ).map((r) => r.reason);
  } finally {
    db.close();
  }
}

/** Calls one of the article Server Actions over plain HTTP with plain-object arguments. */
export function callArticleAction(
  request: APIRequestContext,
  action: { file: string; name: string; page: string },
  args: unknown[],
  origin: string | null = E2E_BASE_URL,
) {
  const headers: Record<string, string> = {
    'Next-Action': serverActionId(`app/admin/articles/_actions/${action.file}.ts`, action.name),
    Accept: 'text/x-component',
    'Content-Type': 'text/plain;charset=UTF-8',
  };
  if (origin) headers.Origin = origin;
  return request.post(action.page, { headers, data: JSON.stringify(args), maxRedirects: 0 });
}

/** The rich-text body of the editor. */
export const bodyEditor = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài' });

/** Starts a new article through the UI and saves it; returns its id. */
export async function writeArticle(
  page: Page,
  input: { title: string; lead: string; body: string },
): Promise<number> {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Tiêu đề', { exact: true }).fill(input.title);
  await page.getByLabel('Sa-pô').fill(input.lead);
  await bodyEditor(page).click();
  await page.keyboard.type(input.body);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
  return Number(/\/admin\/articles\/(\d+)$/.exec(page.url())![1]);
}

/**
 * The article's settings (section, tags, schedule, corrections…): beside the text on a wide
 * screen, in a sheet a phone opens with "Thiết lập bài". Returns the panel either way.
 */
export async function articleSettings(page: Page) {
  const opener = page.getByRole('button', { name: 'Thiết lập bài' });
  const settings = page.getByRole('dialog', { name: 'Thiết lập bài' });
  // A tap before the page has hydrated opens nothing: tapped again until the sheet is there.
  if (await opener.isVisible()) {
    await expect(async () => {
      await opener.click();
      await expect(settings).toBeVisible({ timeout: 1_000 });
    }).toPass();
  }
  await expect(settings).toBeVisible();
  return settings;
}

export type GoLiveButton = 'Xuất bản' | 'Cập nhật' | 'Hẹn giờ đăng';

/** The editor's pre-publish panel for one of its go-live buttons. */
export const publishChecksPanel = (page: Page, button: GoLiveButton) =>
  page.getByRole('dialog', { name: `Kiểm tra trước khi ${button.toLowerCase()}` });

/**
 * Presses a go-live button and confirms its pre-publish panel, ticking the warnings it lists (a
 * new article has no cover photo, many have no byline). The one place tests confirm warnings; a
 * blocking problem keeps the confirm button disabled and fails the click. When the server finds
 * more than the editor did (a possible duplicate), the panel asks again and is confirmed again.
 */
export async function goLive(page: Page, button: GoLiveButton = 'Xuất bản') {
  await page.getByRole('button', { name: button, exact: true }).click();
  const panel = publishChecksPanel(page, button);
  const acknowledge = panel.getByRole('checkbox', { name: /vẫn muốn đăng/ });
  const confirm = panel.getByRole('button', { name: `Xác nhận ${button.toLowerCase()}` });
  for (let attempt = 0; attempt < 2 && (await panel.count()) > 0; attempt++) {
    await expect(panel.getByText('Đang kiểm tra bài…')).toHaveCount(0);
    if ((await acknowledge.count()) > 0) await acknowledge.check();
    await confirm.click({ timeout: 5_000 });
    // The panel stays open while the save runs (seconds on a busy phone profile), then closes or
    // asks again. It may close between two reads: a checkbox gone meanwhile is read on the next poll.
    const settled = async () =>
      (await panel.count()) === 0 ||
      ((await acknowledge.count()) > 0 && !(await acknowledge.isChecked({ timeout: 500 }).catch(() => true)));
    await expect.poll(settled, { timeout: 20_000 }).toBe(true);
  }
  await expect(panel).toHaveCount(0);
}

/** "Gỡ bài", confirmed in its dialog. */
export async function unpublish(page: Page) {
  await page.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
  await page.getByRole('dialog', { name: 'Gỡ bài khỏi trang?' }).getByRole('button', { name: 'Xác nhận gỡ bài' }).click();
}

/** The save indicator says the last save succeeded. */
export async function expectSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();
}

/** Inserts a draft the way the importer does (flagged as needing a headline); returns its id. */
export function insertImportedDraft(title: string): number {
  const db = new Database(E2E_DATABASE_PATH);
  // The search index triggers call these, as in the app's own connections.
  registerSearchFunctions(db);
  try {
    db.pragma('busy_timeout = 5000');
    const section = db.prepare('SELECT id FROM sections ORDER BY id LIMIT 1').get() as {
      id: number;
    };
    const body = JSON.stringify({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Văn bản nhập.' }] }],
    });
    const slug = `nhap-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const row = db
      .prepare(
        "INSERT INTO articles (title, slug, lead, body, status, needs_headline, section_id) VALUES (?, ?, '', ?, 'draft', 1, ?) RETURNING id",
      )
      .get(title, slug, body, section.id) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}
