import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { can, type Action, type Actor } from '../../lib/domain/capabilities';
import { callServerAction, serverActionId } from '../../e2e/helpers/server-actions';
import { E2E_BASE_URL } from '../../e2e/helpers/env';
import { Battery, report } from './cases';
import { actionResult, anonymous, articleAction, contentFingerprint, createDraft, ownerSession, queryOne, snapshot, staffSession, vietnamTimeInDays, type ArticleActionName, type Staff } from './support';

// Every Server Action in the build × anonymous / reporter / another reporter / editor / admin must
// match lib/domain/capabilities.ts, and a refused call must leave the content tables unchanged.

type ArticleState = 'draft' | 'review' | 'published' | 'scheduled';
const ARTICLE_CELLS: Record<ArticleActionName, { state: ArticleState | null; capability: (status: ArticleState) => Action }> = {
  create: { state: null, capability: () => 'article:create' },
  save: { state: 'draft', capability: () => 'article:edit' },
  autosave: { state: 'draft', capability: () => 'article:edit' },
  submit: { state: 'draft', capability: () => 'article:submit' },
  publish: { state: 'draft', capability: () => 'article:publish' },
  update: { state: 'published', capability: () => 'article:publish' },
  unpublish: { state: 'published', capability: () => 'article:unpublish' },
  sendBack: { state: 'review', capability: () => 'article:publish' },
  withdraw: { state: 'review', capability: () => 'article:withdraw' },
  delete: { state: 'draft', capability: () => 'article:delete' },
  restore: { state: 'draft', capability: (status) => (status === 'published' ? 'article:publish' : 'article:edit') },
  schedule: { state: 'draft', capability: () => 'article:schedule' },
  cancelSchedule: { state: 'scheduled', capability: () => 'article:schedule' },
  setUnpublishTime: { state: 'published', capability: () => 'article:schedule' },
  correct: { state: 'published', capability: () => 'article:correct' },
  editCorrection: { state: 'published', capability: () => 'article:correct' },
  removeCorrection: { state: 'published', capability: () => 'article:correct' },
  markBreaking: { state: 'published', capability: () => 'breaking:manage' },
  clearBreaking: { state: 'published', capability: () => 'breaking:manage' },
};
const ARTICLE_FILES = Object.fromEntries(
  Object.entries({ create: 'create-article#createArticleAction', save: 'save-article#saveArticleAction', autosave: 'autosave-article#autosaveArticleAction', submit: 'submit-article#submitArticleAction', publish: 'publish-article#publishArticleAction', update: 'update-article#updateArticleAction', unpublish: 'unpublish-article#unpublishArticleAction', sendBack: 'send-back-article#sendBackArticleAction', withdraw: 'withdraw-article#withdrawArticleAction', delete: 'delete-article#deleteArticleAction', restore: 'restore-revision#restoreRevisionAction', schedule: 'schedule-article#scheduleArticleAction', cancelSchedule: 'schedule-article#cancelScheduleAction', setUnpublishTime: 'schedule-article#setUnpublishTimeAction', correct: 'add-correction#addCorrectionAction', editCorrection: 'edit-correction#editCorrectionAction', removeCorrection: 'remove-correction#removeCorrectionAction', markBreaking: 'breaking-news#markBreakingAction', clearBreaking: 'breaking-news#clearBreakingAction' }).map(([k, v]) => [`app/admin/articles/_actions/${v.replace('#', '.ts#')}`, k]),
) as Record<string, ArticleActionName>;

// Form actions, called with inputs that cannot change anything even when allowed (unknown ids,
// invalid values): the guard's refusal message is what tells refused from allowed.
type FormCell = { page: string; capability: Action | 'public' | 'setup'; fields: Record<string, string>; formOnly?: boolean };
const FORM_CELLS: Record<string, FormCell> = {
  'app/admin/staff/actions.ts#createStaffAction': { page: '/admin/staff', capability: 'staff:manage', fields: { name: 'X', email: 'khong-hop-le', role: 'admin', password: 'x' } },
  'app/admin/staff/actions.ts#changeStaffRoleAction': { page: '/admin/staff', capability: 'staff:manage', fields: { userId: '999999', role: 'admin' } },
  'app/admin/staff/actions.ts#setStaffActiveAction': { page: '/admin/staff', capability: 'staff:manage', fields: { userId: '999999', active: 'false' } },
  'app/admin/staff/actions.ts#resetStaffPasswordAction': { page: '/admin/staff', capability: 'staff:manage', fields: { userId: '999999', password: 'x' } },
  'app/admin/staff/actions.ts#unlockStaffAction': { page: '/admin/staff', capability: 'staff:manage', fields: { userId: '999999' } },
  'app/admin/staff/actions.ts#approveEmailChangeAction': { page: '/admin/staff', capability: 'staff:manage', fields: { requestId: '999999' } },
  'app/admin/staff/actions.ts#rejectEmailChangeAction': { page: '/admin/staff', capability: 'staff:manage', fields: { requestId: '999999' } },
  // One's own account: inputs the schema refuses, so an allowed call changes nothing either.
  'app/admin/account/actions.ts#updateOwnNameAction': { page: '/admin/account', capability: 'account:edit', fields: { name: '' } },
  'app/admin/account/actions.ts#requestEmailChangeAction': { page: '/admin/account', capability: 'account:edit', fields: { email: 'khong-hop-le' } },
  'app/admin/account/actions.ts#changeOwnPasswordAction': { page: '/admin/account', capability: 'account:edit', fields: { current: '', password: 'x', confirm: 'y' } },
  'app/admin/account/actions.ts#signOutEverywhereAction': { page: '/admin/account', capability: 'account:edit', fields: {} },
  'app/admin/sections/actions.ts#createSectionAction': { page: '/admin/sections', capability: 'section:manage', fields: { name: '', slug: '', description: '', parentId: '' } },
  'app/admin/sections/actions.ts#updateSectionAction': { page: '/admin/sections', capability: 'section:manage', fields: { id: '999999', name: '', slug: '', description: '', parentId: '' } },
  'app/admin/sections/actions.ts#moveSectionAction': { page: '/admin/sections', capability: 'section:manage', fields: { id: '999999', direction: 'up' } },
  'app/admin/sections/actions.ts#deleteSectionAction': { page: '/admin/sections', capability: 'section:manage', fields: { id: '999999' } },
  'app/admin/tags/actions.ts#renameTagAction': { page: '/admin/tags', capability: 'tag:manage', fields: { id: '999999', name: 'x', slug: '' } },
  'app/admin/tags/actions.ts#mergeTagAction': { page: '/admin/tags', capability: 'tag:manage', fields: { id: '999999', target: 'khong-co' } },
  'app/admin/tags/actions.ts#deleteTagAction': { page: '/admin/tags', capability: 'tag:manage', fields: { id: '999999' } },
  'app/admin/events/actions.ts#createEventAction': { page: '/admin/events', capability: 'event:manage', fields: { name: '', slug: '', description: '', coverMediaId: '', ordering: 'time' } },
  'app/admin/events/actions.ts#updateEventAction': { page: '/admin/events', capability: 'event:manage', fields: { id: '999999', name: 'x', slug: '', description: '', coverMediaId: '', ordering: 'time' } },
  'app/admin/events/actions.ts#deleteEventAction': { page: '/admin/events', capability: 'event:manage', fields: { id: '999999' } },
  'app/admin/events/actions.ts#attachEventArticleAction': { page: '/admin/events', capability: 'event:manage', fields: { id: '999999', articleId: '1' } },
  'app/admin/events/actions.ts#detachEventArticleAction': { page: '/admin/events', capability: 'event:manage', fields: { id: '999999', articleId: '1' } },
  'app/admin/events/actions.ts#moveEventArticleAction': { page: '/admin/events', capability: 'event:manage', fields: { id: '999999', articleId: '1', direction: 'up' } },
  'app/admin/media/actions.ts#updateMediaAction': { page: '/admin/media/1', capability: 'media:edit', fields: { id: '999999', alt: 'x', caption: '', credit: '' } },
  'app/admin/media/actions.ts#setMediaFocalPointAction': { page: '/admin/media/1', capability: 'media:edit', fields: { id: '999999', x: '0.5', y: '0.5' } },
  'app/admin/authors/actions.ts#updateAuthorProfileAction': { page: '/admin/authors', capability: 'author:edit', fields: { id: '999999', bio: '', roleTitle: '', photoMediaId: '' } },
  'app/admin/media/actions.ts#deleteMediaAction': { page: '/admin/media/1', capability: 'media:delete', fields: { id: '999999' } },
  'app/admin/import/actions.ts#importArticlesAction': { page: '/admin/import', capability: 'import:run', fields: { sectionId: '' }, formOnly: true },
  'app/admin/setup/actions.ts#createOwnerAction': { page: '/admin/setup', capability: 'setup', fields: { name: 'Kẻ lạ', email: 'la@example.com', password: 'Mật khẩu rất dài 2026' } },
  'app/admin/login/actions.ts#signInStaffAction': { page: '/admin/login', capability: 'public', fields: { email: 'khong-co@toasoan.test', password: 'sai' } },
  'app/admin/login/actions.ts#signOutStaffAction': { page: '/admin', capability: 'public', fields: {} },
  // Live coverage: unknown ids, so an allowed call is refused by its schema, never by the guard.
  'app/admin/articles/_actions/live-coverage.ts#startLiveAction': { page: '/admin', capability: 'live:manage', fields: { id: '999999' }, formOnly: true },
  'app/admin/articles/_actions/live-coverage.ts#endLiveAction': { page: '/admin', capability: 'live:manage', fields: { id: '999999' }, formOnly: true },
  'app/admin/articles/_actions/live-coverage.ts#addLivePostAction': { page: '/admin', capability: 'live:draft', fields: { id: '999999', text: 'x' }, formOnly: true },
  'app/admin/articles/_actions/live-coverage.ts#editLivePostAction': { page: '/admin', capability: 'live:draft', fields: { postId: '999999', version: '1', text: 'x' }, formOnly: true },
  'app/admin/articles/_actions/live-coverage.ts#approveLivePostAction': { page: '/admin', capability: 'live:post', fields: { postId: '999999' }, formOnly: true },
  'app/admin/articles/_actions/live-coverage.ts#deleteLivePostAction': { page: '/admin', capability: 'live:draft', fields: { postId: '999999' }, formOnly: true },
  // Preview links for people outside the newsroom: the desk's call (article:publish); unknown ids, so an allowed call finds nothing.
  'app/admin/articles/_actions/preview-links.ts#createPreviewLinkAction': { page: '/admin', capability: 'article:publish', fields: { id: '999999' }, formOnly: true },
  'app/admin/articles/_actions/preview-links.ts#revokePreviewLinkAction': { page: '/admin', capability: 'article:publish', fields: { id: '999999', linkId: '999999' }, formOnly: true },
};
const REFUSALS = ['Phiên đăng nhập đã hết hạn', 'Bạn không có quyền'];

// Front actions, called with inputs that change nothing even when allowed (a stale version, an
// unknown revision): an allowed call answers a conflict or a miss, a refused one the guard's error.
const STALE = { key: 'home', version: 999_999 };
const FRONT_CELLS: Record<string, { capability: Action; input: Record<string, unknown> }> = {
  'app/admin/fronts/_actions/save-front-draft.ts#saveFrontDraftAction': { capability: 'front:edit', input: { ...STALE, document: { containers: [] } } },
  'app/admin/fronts/_actions/publish-front.ts#publishFrontAction': { capability: 'front:publish', input: { ...STALE, document: { containers: [] } } },
  'app/admin/fronts/_actions/restore-front-revision.ts#restoreFrontRevisionAction': { capability: 'front:edit', input: { ...STALE, revisionId: 999_999 } },
  'app/admin/fronts/_actions/search-front-articles.ts#searchFrontArticlesAction': { capability: 'front:edit', input: { query: 'a' } },
};
const frontTables = () => JSON.stringify([queryOne('SELECT json_group_array(json_array(key, draft, draft_version)) AS rows FROM fronts'), queryOne('SELECT count(*) AS n FROM front_revisions')]);

type Subject = { label: string; actor: Actor | null; request: APIRequestContext };

function manifestEntries(): string[] {
  const file = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server/server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return Object.values(manifest.node).map((entry) => `${entry.filename}#${entry.exportedName}`);
}

async function prepareArticle(state: ArticleState, author: Staff, desk: APIRequestContext) {
  const created = await createDraft(author.request, `Ma trận ${state} ${Date.now()}`);
  let version = created.version;
  const full = snapshot(`Ma trận ${state}`, 'Nội dung.');
  if (state === 'review') version = Number((await articleAction(author.request, 'submit', { id: created.id, version, snapshot: full })).result?.version);
  if (state === 'published') version = Number((await articleAction(desk, 'publish', { id: created.id, version, snapshot: full })).result?.version);
  if (state === 'scheduled') version = Number((await articleAction(desk, 'schedule', { id: created.id, version, at: vietnamTimeInDays(2) })).result?.version);
  expect(Number.isInteger(version), `could not prepare a ${state} article`).toBe(true);
  return { id: created.id, version };
}

test('03 authorisation matrix', async ({}, info) => {
  test.setTimeout(600_000);
  const battery = new Battery();
  const registered = new Set([...Object.keys(ARTICLE_FILES), ...Object.keys(FORM_CELLS), ...Object.keys(FRONT_CELLS)]);
  const inBuild = manifestEntries();
  for (const entry of inBuild) battery.check(registered.has(entry), `${entry} has no matrix entry`);

  const desk = await ownerSession();
  const author = await staffSession('reporter', 'Phóng Viên Chủ Bài');
  const other = await staffSession('reporter', 'Phóng Viên Khác');
  const editor = await staffSession('editor', 'Biên Tập Ma Trận');
  const admin = await staffSession('admin', 'Quản Trị Ma Trận');
  const subjects: Subject[] = [
    { label: 'anonymous', actor: null, request: await anonymous() },
    { label: 'reporter (author)', actor: { id: author.id, role: 'reporter' }, request: author.request },
    { label: 'another reporter', actor: { id: other.id, role: 'reporter' }, request: other.request },
    { label: 'editor', actor: { id: editor.id, role: 'editor' }, request: editor.request },
    { label: 'admin', actor: { id: admin.id, role: 'admin' }, request: admin.request },
  ];

  let cells = 0;
  for (const [file, name] of Object.entries(ARTICLE_FILES)) {
    const cell = ARTICLE_CELLS[name];
    for (const subject of subjects) {
      cells += 1;
      const label = `${name} as ${subject.label}`;
      let input: Record<string, unknown> = { snapshot: snapshot(`Ma trận ${name}`, 'Nội dung mới.') };
      let expected = can(subject.actor, cell.capability('draft'));
      if (cell.state) {
        const article = await prepareArticle(cell.state, author, desk);
        expected = can(subject.actor, cell.capability(cell.state), { createdBy: author.id, status: cell.state });
        input = { ...input, id: article.id, version: article.version, note: 'Sửa lại.', at: name === 'setUnpublishTime' ? vietnamTimeInDays(3) : vietnamTimeInDays(2) };
        if (name === 'editCorrection' || name === 'removeCorrection') {
          // A correction of this article for the cell to reword or remove, added by the desk.
          const added = await articleAction(desk, 'correct', { id: article.id, note: 'Đính chính gốc.' });
          input.correctionId = (added.result?.correction as { id: number } | undefined)?.id;
        }
        if (name === 'restore') {
          input.revisionId = queryOne<{ id: number }>('SELECT id FROM article_revisions WHERE article_id = ? ORDER BY id LIMIT 1', article.id)?.id;
        }
      }
      const before = contentFingerprint();
      const { result, text } = await articleAction(subject.request, name, input);
      if (expected) {
        battery.check(result?.ok === true, `${label} (${file}): expected allowed, got ${text.slice(0, 200)}`);
      } else {
        battery.check(result?.ok === false && ['unauthorized', 'forbidden'].includes(String(result.error)), `${label}: expected refused, got ${text.slice(0, 200)}`);
        battery.check(contentFingerprint() === before, `${label}: refused but the database changed`);
      }
    }
  }

  for (const [key, cell] of Object.entries(FORM_CELLS)) {
    const [filename, exportedName] = key.split('#') as [string, string];
    for (const subject of subjects.filter((s) => s.label !== 'another reporter')) {
      // Signing out a test session would end it for the rest of the matrix: only the anonymous cell runs.
      if ((exportedName === 'signOutStaffAction' || exportedName === 'signOutEverywhereAction') && subject.actor) continue;
      cells += 1;
      const label = `${exportedName} as ${subject.label}`;
      const before = contentFingerprint();
      const response = await callServerAction(subject.request, {
        page: cell.page,
        filename,
        exportedName,
        previousState: cell.formOnly ? undefined : { status: 'idle' },
        fields: cell.fields,
      });
      const text = await response.text();
      const refusedByGuard = REFUSALS.some((message) => text.includes(message));
      battery.check(response.status() < 500, `${label}: HTTP ${response.status()}`);
      if (cell.capability === 'public') {
        battery.check(contentFingerprint() === before, `${label}: changed the database`);
      } else if (cell.capability === 'setup') {
        // First-run setup is closed once an account exists, for everyone.
        battery.check(contentFingerprint() === before && actionResult(text)?.status !== 'success', `${label}: setup ran again`);
      } else if (can(subject.actor, cell.capability)) {
        battery.check(!refusedByGuard, `${label}: expected allowed, got ${text.slice(0, 200)}`);
      } else {
        battery.check(refusedByGuard, `${label}: expected refused, got ${text.slice(0, 200)}`);
        battery.check(contentFingerprint() === before, `${label}: refused but the database changed`);
      }
    }
  }

  // The managing editor (thư ký tòa soạn) is the one role beyond admin that may publish a front.
  const managing = await staffSession('managing_editor', 'Thư Ký Ma Trận');
  const frontSubjects: Subject[] = [...subjects, { label: 'managing editor', actor: { id: managing.id, role: 'managing_editor' }, request: managing.request }];
  for (const [key, cell] of Object.entries(FRONT_CELLS)) {
    const [filename, exportedName] = key.split('#') as [string, string];
    for (const subject of frontSubjects) {
      cells += 1;
      const label = `${exportedName} as ${subject.label}`;
      const before = frontTables();
      const response = await subject.request.post('/admin/fronts', {
        headers: { 'Next-Action': serverActionId(filename, exportedName), Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', Origin: E2E_BASE_URL },
        data: JSON.stringify([cell.input]),
        maxRedirects: 0,
      });
      const text = await response.text();
      const result = actionResult(text);
      const refused = result?.ok === false && ['unauthorized', 'forbidden'].includes(String(result.error));
      battery.check(response.status() < 500 && result !== null, `${label}: HTTP ${response.status()} ${text.slice(0, 200)}`);
      battery.check(can(subject.actor, cell.capability) ? !refused : refused, `${label}: expected ${can(subject.actor, cell.capability) ? 'allowed' : 'refused'}, got ${text.slice(0, 200)}`);
      battery.check(frontTables() === before, `${label}: changed the fronts`);
    }
  }
  await managing.request.dispose();

  // Route handlers behind the same table: the upload and the media picker (media:upload).
  for (const subject of subjects) {
    const allowed = can(subject.actor, 'media:upload');
    const upload = await subject.request.post('/api/uploads', { headers: { Origin: E2E_BASE_URL }, multipart: { alt: 'x' }, failOnStatusCode: false });
    const picker = await subject.request.get('/api/media', { failOnStatusCode: false });
    cells += 2;
    battery.check(allowed ? ![401, 403].includes(upload.status()) : [401, 403].includes(upload.status()), `POST /api/uploads as ${subject.label}: ${upload.status()}`);
    battery.check(allowed ? picker.status() === 200 : [401, 403].includes(picker.status()), `GET /api/media as ${subject.label}: ${picker.status()}`);
  }

  report(info, { tried: battery.tried, passed: battery.passed }, { 'actions in build': inBuild.length, cells });
  expect(battery.failures).toEqual([]);
  for (const subject of subjects) await subject.request.dispose();
  await desk.dispose();
});
