import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn, type StaffRole } from '../../e2e/helpers/auth';
import { callArticleAction, newStaff } from '../../e2e/helpers/articles';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_OWNER } from '../../e2e/helpers/env';
import { formatDateTimeText } from '../../lib/vi/time';

export type Staff = { id: number; email: string; password: string; request: APIRequestContext };

/** A fresh account of the role, signed in on its own request context. */
export async function staffSession(role: StaffRole, name = `Thử ${role}`): Promise<Staff> {
  const account = await newStaff(role, name);
  const request = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(request, account.email, account.password);
  return { id: account.id, email: account.email, password: account.password, request };
}

/** The owner created from ADMIN_EMAIL, signed in. */
export async function ownerSession(): Promise<APIRequestContext> {
  const request = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signIn(request, E2E_OWNER.email, E2E_OWNER.password);
  return request;
}

export const anonymous = () => playwrightRequest.newContext({ baseURL: E2E_BASE_URL });

/** The first JSON object of an RSC action answer that looks like a result ({ok} or {status}). */
export function actionResult(text: string): Record<string, unknown> | null {
  for (const line of text.split('\n')) {
    const match = /^[0-9a-f]+:(\{[\s\S]*\})$/.exec(line.trim());
    if (!match) continue;
    try {
      const value = JSON.parse(match[1]!) as Record<string, unknown>;
      if ('ok' in value || 'status' in value) return value;
    } catch {
      // Not a JSON row (a module reference or text chunk).
    }
  }
  return null;
}

const SECTION_ID = () => (queryOne<{ id: number }>('SELECT id FROM sections ORDER BY id LIMIT 1')?.id ?? 1);

/** An editor snapshot with a paragraph of text; `body` may be any (hostile) document. */
export function snapshot(title: string, text: string, body?: unknown) {
  return {
    title,
    slug: '',
    lead: `Sa-pô: ${text.slice(0, 100)}`,
    body: body ?? { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    sectionId: SECTION_ID(),
    coverMediaId: null as number | null,
    tags: [],
    bylines: [],
    seoTitle: '',
    seoDescription: '',
  };
}

export const ARTICLE_ACTIONS = {
  create: { file: 'create-article', name: 'createArticleAction' },
  save: { file: 'save-article', name: 'saveArticleAction' },
  autosave: { file: 'autosave-article', name: 'autosaveArticleAction' },
  submit: { file: 'submit-article', name: 'submitArticleAction' },
  publish: { file: 'publish-article', name: 'publishArticleAction' },
  update: { file: 'update-article', name: 'updateArticleAction' },
  unpublish: { file: 'unpublish-article', name: 'unpublishArticleAction' },
  sendBack: { file: 'send-back-article', name: 'sendBackArticleAction' },
  withdraw: { file: 'withdraw-article', name: 'withdrawArticleAction' },
  delete: { file: 'delete-article', name: 'deleteArticleAction' },
  restore: { file: 'restore-revision', name: 'restoreRevisionAction' },
  schedule: { file: 'schedule-article', name: 'scheduleArticleAction' },
  cancelSchedule: { file: 'schedule-article', name: 'cancelScheduleAction' },
  setUnpublishTime: { file: 'schedule-article', name: 'setUnpublishTimeAction' },
  correct: { file: 'add-correction', name: 'addCorrectionAction' },
  editCorrection: { file: 'edit-correction', name: 'editCorrectionAction' },
  removeCorrection: { file: 'remove-correction', name: 'removeCorrectionAction' },
  markBreaking: { file: 'breaking-news', name: 'markBreakingAction' },
  clearBreaking: { file: 'breaking-news', name: 'clearBreakingAction' },
} as const;

/** A Vietnam wall-clock time as staff type it (`dd/mm/yyyy HH:mm`) some days ahead, for the schedule actions. */
export function vietnamTimeInDays(days: number): string {
  return formatDateTimeText(new Date(Date.now() + days * 86_400_000));
}
export type ArticleActionName = keyof typeof ARTICLE_ACTIONS;

/** Actions that put an article live and so pass the pre-publish checks. */
const GOES_LIVE: readonly ArticleActionName[] = ['publish', 'update', 'schedule'];

/**
 * Calls an article action over HTTP; returns the HTTP status and the parsed result. A go-live
 * call that names no confirmed warnings is sent again confirming the warnings the server listed
 * (no byline, no cover…), as the editor's panel would: these cases test who may act, not the
 * pre-publish checks (e2e/admin/publish-checks.spec.ts does). Blocking problems stay refused.
 */
export async function articleAction(
  request: APIRequestContext,
  action: ArticleActionName,
  input: Record<string, unknown>,
  origin: string | null = E2E_BASE_URL,
) {
  const page =
    typeof input.id !== 'number' ? '/admin/articles/new' : action === 'restore' ? `/admin/articles/${input.id}/revisions` : `/admin/articles/${input.id}`;
  const call = async (args: Record<string, unknown>) => {
    const response = await callArticleAction(request, { ...ARTICLE_ACTIONS[action], page }, [args], origin);
    const text = await response.text();
    return { status: response.status(), text, result: actionResult(text) };
  };
  const answer = await call(input);
  const checks = answer.result?.error === 'checks' ? (answer.result.checks as { blocking: unknown[]; warnings: { code: string }[] }) : null;
  if (!GOES_LIVE.includes(action) || 'confirmedWarnings' in input || !checks || checks.blocking.length > 0) return answer;
  return call({ ...input, confirmedWarnings: checks.warnings.map((warning) => warning.code) });
}

/** Fields of a test snapshot to set otherwise (a section, a cover photo…). */
type SnapshotChanges = Partial<ReturnType<typeof snapshot>>;

/** Creates a draft through the create action as the given session; returns its id and version. */
export async function createDraft(request: APIRequestContext, title: string, text = 'Nội dung thử nghiệm.', changes: SnapshotChanges = {}) {
  const { result, text: raw } = await articleAction(request, 'create', { snapshot: { ...snapshot(title, text), ...changes } });
  expect(result?.ok, `create failed: ${raw.slice(0, 300)}`).toBe(true);
  return { id: Number(result!.id), version: Number(result!.version) };
}

/**
 * A published article, made through the create and publish actions as the given session (a
 * desk's: an editor or the owner), with `changes` to its snapshot (a section, a cover photo…).
 * For tests about something other than the editor, whose pages cost a browser seconds of CPU.
 */
export async function createPublished(request: APIRequestContext, title: string, text = 'Nội dung thử nghiệm.', changes: SnapshotChanges = {}) {
  const { id, version } = await createDraft(request, title, text, changes);
  const published = await articleAction(request, 'publish', { id, version, snapshot: { ...snapshot(title, text), ...changes } });
  expect(published.result?.ok, `publish failed: ${published.text.slice(0, 300)}`).toBe(true);
  return { id, version: Number(published.result!.version), path: articlePublicPath(id) };
}

/** A section's id, by its slug. */
export function sectionIdOf(slug: string): number {
  const row = queryOne<{ id: number }>('SELECT id FROM sections WHERE slug = ?', slug);
  if (!row) throw new Error(`no section ${slug}`);
  return row.id;
}

/** The public path of an article, from the e2e database. */
export function articlePublicPath(id: number): string {
  const row = queryOne<{ slug: string; section: string }>('SELECT a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?', id)!;
  return `/${row.section}/${row.slug}-${id}`;
}

/** One row from the e2e database (read-only connection). */
export function queryOne<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

// Everything an action could change, minus the logs it may append to (audit, throttles, views).
const CONTENT_TABLES = ['users', 'authors', 'sections', 'media', 'articles', 'article_bylines', 'tags', 'article_tags', 'article_revisions', 'article_autosaves', 'slug_redirects', 'article_corrections', 'breaking_news', 'events', 'event_articles'];

/** A digest of every content table, to prove a refused request changed nothing. */
export function contentFingerprint(): string {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    return CONTENT_TABLES.map((table) => `${table}:${JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all())}`).join('\n');
  } finally {
    db.close();
  }
}
