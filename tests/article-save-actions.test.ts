import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { articleAutosaves, articleRevisions, articles, auditLog, sections, users } from '@/db/schema';
import { figure, paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { saveArticle } from '@/lib/data/articles/save';
import { runDueSchedules, scheduleArticle } from '@/lib/data/articles/schedule';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { createUser } from '@/lib/data/users';
import { env } from '@/lib/env';
import type { UserRole } from '@/lib/domain/staff-roles';

// The article Server Actions run for real on a migrated SQLite (guard, zod, checks, data layer,
// audit log); only Next's request scope and Auth.js are stand-ins, as in define-action.test.ts.
const request = vi.hoisted(() => ({ staffId: null as number | null, sessionVersion: 0 }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }),
}));
vi.mock('next/cache', () => ({ updateTag: () => {}, revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock('next/server', () => ({ after: (task: () => unknown) => void task() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));
vi.mock('@/lib/auth/auth-js', () => ({
  auth: async () => (request.staffId === null ? null : { staff: { id: request.staffId, sessionVersion: request.sessionVersion } }),
}));

// A stand-in for the platforms' oEmbed (EMBED_OEMBED_BASE): one video with a poster, the rest 404.
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-save-embeds-'));
const poster = await sharp({ create: { width: 320, height: 180, channels: 3, background: '#123456' } }).jpeg().toBuffer();
const platform = http.createServer((req, res) => {
  const url = new URL(req.url!, 'http://local');
  if (url.pathname === '/youtube/oembed' && url.searchParams.get('url')?.endsWith('v=coPoster01')) {
    const image = `http://127.0.0.1:${(platform.address() as AddressInfo).port}/poster.jpg`;
    return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ title: 'Video có ảnh', thumbnail_url: image }));
  }
  if (url.pathname === '/poster.jpg') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(poster);
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
// The validated env was read when the database module loaded: set on it, put back after.
const before = { EMBED_OEMBED_BASE: env.EMBED_OEMBED_BASE, MEDIA_DIR: env.MEDIA_DIR };
Object.assign(env, { EMBED_OEMBED_BASE: `http://127.0.0.1:${(platform.address() as AddressInfo).port}`, MEDIA_DIR: mediaDir });

const { restoreRevisionAction } = await import('@/app/admin/articles/_actions/restore-revision');
const { saveArticleAction } = await import('@/app/admin/articles/_actions/save-article');
const { autosaveArticleAction } = await import('@/app/admin/articles/_actions/autosave-article');

let sectionId = 0;
let n = 0;

function signIn(role: UserRole): number {
  n += 1;
  const id = createUser({ email: `nguoi-${n}@toasoan.test`, name: `Người ${n}`, role, passwordHash: 'x' })!;
  request.staffId = id;
  request.sessionVersion = db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)).get()!.v;
  return id;
}

function snapshot(overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return {
    title: 'Cảng Cam Ranh đón tàu hàng đầu tiên',
    slug: '',
    lead: 'Sa-pô của bài.',
    body: { type: 'doc', content: [paragraph('Đoạn một.')] },
    sectionId,
    coverMediaId: null,
    tags: [],
    bylines: [{ role: 'writer', label: 'Bài', name: 'Lê Thu Hà' }],
    seoTitle: '',
    seoDescription: '',
    ...overrides,
  };
}

const stored = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;
const workingCopy = (id: number) => db.select().from(articleAutosaves).where(eq(articleAutosaves.articleId, id)).get();
const auditOf = (id: number, action: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, id), eq(auditLog.action, action)))
    .all();
const firstRevision = (id: number) =>
  db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(articleRevisions.id).get()!;

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Kinh tế', slug: 'kinh-te' }).returning().get().id;
});
beforeEach(() => {
  request.staffId = null;
});
afterAll(async () => {
  request.staffId = null;
  Object.assign(env, before);
  platform.closeAllConnections();
  await new Promise((resolve) => platform.close(resolve));
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

/** An article edited once after creation, so its first revision differs from what is stored. */
function editedArticle(userId: number, intent: 'save' | 'publish') {
  const created = createArticle({ ...snapshot({ lead: 'Sa-pô đầu tiên.' }), createdBy: userId });
  const saved = saveArticle({ id: created.id, baseVersion: created.version, snapshot: snapshot({ lead: 'Sa-pô đầu tiên.' }), intent, userId });
  if (!saved.ok) throw new Error('seed save failed');
  const edited = saveArticle({
    id: created.id,
    baseVersion: saved.version,
    snapshot: snapshot({ lead: 'Sa-pô đã sửa.' }),
    intent: intent === 'publish' ? 'update' : 'save',
    userId,
  });
  if (!edited.ok) throw new Error('seed edit failed');
  return { id: created.id, version: edited.version, revision: firstRevision(created.id) };
}

describe('restoring a revision', () => {
  it('is audited with who, which revision and which article, on a draft and into a live article’s working copy', async () => {
    const editorId = signIn('editor');
    const draft = editedArticle(editorId, 'save');
    const restored = await restoreRevisionAction({ id: draft.id, version: draft.version, revisionId: draft.revision.id });
    expect(restored).toMatchObject({ ok: true, autosavedOnly: false });
    expect(stored(draft.id).lead).toBe('Sa-pô đầu tiên.');
    const [draftRow] = auditOf(draft.id, 'article.restore');
    expect(draftRow).toMatchObject({
      actorId: editorId,
      targetType: 'article',
      detail: { revisionId: draft.revision.id, restoredVersion: draft.revision.version },
    });
    expect(draftRow!.detail).toMatchObject({ changes: { lead: ['Sa-pô đã sửa.', 'Sa-pô đầu tiên.'] } });

    const live = editedArticle(editorId, 'publish');
    const intoCopy = await restoreRevisionAction({ id: live.id, version: live.version, revisionId: live.revision.id });
    expect(intoCopy).toMatchObject({ ok: true, autosavedOnly: true, version: live.version });
    // Readers still see the live text; the restored one waits in the working copy for Cập nhật.
    expect(stored(live.id).lead).toBe('Sa-pô đã sửa.');
    expect((workingCopy(live.id)?.snapshot as ArticleSnapshot).lead).toBe('Sa-pô đầu tiên.');
    expect(auditOf(live.id, 'article.restore')).toEqual([]);
    expect(auditOf(live.id, 'article.restore_working_copy')).toEqual([
      expect.objectContaining({
        actorId: editorId,
        targetType: 'article',
        detail: {
          version: live.version,
          revisionId: live.revision.id,
          restoredVersion: live.revision.version,
          revisionAt: live.revision.createdAt.toISOString(),
        },
      }),
    ]);
  });

  it('writes nothing and audits nothing for a caller without the right, or an unknown revision', async () => {
    const editorId = signIn('editor');
    const live = editedArticle(editorId, 'publish');
    signIn('reporter');
    expect(await restoreRevisionAction({ id: live.id, version: live.version, revisionId: live.revision.id })).toMatchObject({ ok: false, error: 'forbidden' });
    request.staffId = null;
    expect(await restoreRevisionAction({ id: live.id, version: live.version, revisionId: live.revision.id })).toMatchObject({ ok: false });
    signIn('editor');
    expect(await restoreRevisionAction({ id: live.id, version: live.version, revisionId: 999_999 })).toMatchObject({ ok: false, error: 'not_found' });
    expect(workingCopy(live.id)).toBeUndefined();
    expect(auditOf(live.id, 'article.restore_working_copy')).toEqual([]);
  });
});

describe('saving an article that is already scheduled', () => {
  const tomorrow = () => new Date(Date.now() + 24 * 3600_000);

  /** Scheduled as the schedule action leaves it: passing the checks, its warnings (no lead) confirmed. */
  function scheduled(userId: number) {
    const created = createArticle({ ...snapshot({ lead: '' }), createdBy: userId });
    const outcome = scheduleArticle({ id: created.id, baseVersion: created.version, at: tomorrow(), unpublishAt: null });
    if (!outcome.ok) throw new Error('schedule failed');
    return { id: created.id, version: outcome.version };
  }

  it('refuses a save that breaks a blocking rule, keeps the text as the working copy and the scheduled version as checked', async () => {
    const editorId = signIn('editor');
    const article = scheduled(editorId);
    const broken = snapshot({ lead: '', body: { type: 'doc', content: [paragraph('Đoạn mới của phóng viên.'), figure('', '', null)] } });
    for (const action of [saveArticleAction, autosaveArticleAction]) {
      const result = await action({ id: article.id, version: article.version, snapshot: broken, confirmedWarnings: [] });
      expect(result).toMatchObject({ ok: false, error: 'checks', checks: { blocking: [expect.objectContaining({ code: 'empty-photo' })] } });
      expect(result.ok ? '' : result.message).toMatch(/^Bài đã hẹn giờ đăng lúc \d\d:\d\d ngày .* chưa được lưu vào bài sẽ đăng\. Cần sửa: 1 khối ảnh chưa chọn ảnh/);
      expect(result.ok ? '' : result.message).toContain('Nội dung bạn viết vẫn còn nguyên');
    }
    expect(stored(article.id)).toMatchObject({ status: 'scheduled', version: article.version });
    expect(JSON.stringify(stored(article.id).body)).not.toContain('Đoạn mới');
    expect(workingCopy(article.id)).toMatchObject({ baseVersion: article.version, savedBy: editorId });
    expect(JSON.stringify(workingCopy(article.id)!.snapshot)).toContain('Đoạn mới của phóng viên.');

    // Fixed, the save goes through onto the scheduled version and the working copy is done with.
    const fixed = await saveArticleAction({ id: article.id, version: article.version, snapshot: snapshot({ lead: '', body: { type: 'doc', content: [paragraph('Đoạn mới của phóng viên.')] } }) });
    expect(fixed).toMatchObject({ ok: true, status: 'scheduled', version: article.version + 1 });
    expect(workingCopy(article.id)).toBeUndefined();
    // The warning it was scheduled with (no lead) was confirmed then and is not asked again.
    expect(auditOf(article.id, 'article.edit').at(-1)?.detail).toMatchObject({ confirmedWarnings: expect.arrayContaining(['no-lead']) });
  });

  it('asks to confirm a warning the scheduled version did not have, and saves once it is confirmed', async () => {
    signIn('editor');
    const article = scheduled(request.staffId!);
    const longHeadline = snapshot({ lead: '', title: 'Một tiêu đề rất dài '.repeat(7).trim() });
    const unconfirmed = await saveArticleAction({ id: article.id, version: article.version, snapshot: longHeadline });
    expect(unconfirmed).toMatchObject({ ok: false, error: 'checks' });
    expect(unconfirmed.ok ? '' : unconfirmed.message).toContain('Cần xác nhận cảnh báo mới: Tiêu đề dài');
    expect(unconfirmed.ok ? '' : unconfirmed.message).not.toContain('sa-pô');
    expect(stored(article.id).version).toBe(article.version);

    const confirmed = await saveArticleAction({ id: article.id, version: article.version, snapshot: longHeadline, confirmedWarnings: ['long-headline'] });
    expect(confirmed).toMatchObject({ ok: true, status: 'scheduled' });
    expect(stored(article.id).title).toBe(longHeadline.title);
  });

  it('keeps the refused edits as the working copy once the scheduled version goes live', async () => {
    signIn('editor');
    const article = scheduled(request.staffId!);
    const broken = snapshot({ lead: '', body: { type: 'doc', content: [paragraph('Chữ chưa được đăng.'), figure('', '', null)] } });
    expect(await saveArticleAction({ id: article.id, version: article.version, snapshot: broken })).toMatchObject({ error: 'checks' });
    expect(runDueSchedules(new Date(Date.now() + 48 * 3600_000)).published).toContain(article.id);
    expect(stored(article.id)).toMatchObject({ status: 'published', version: article.version + 1 });
    expect(JSON.stringify(stored(article.id).body)).not.toContain('Chữ chưa được đăng.');
    // The editor opens the live article on these edits (getPendingAutosave at the live version).
    expect(workingCopy(article.id)).toMatchObject({ baseVersion: article.version + 1 });
    expect(JSON.stringify(workingCopy(article.id)!.snapshot)).toContain('Chữ chưa được đăng.');
  });

  it('leaves a stale save to the conflict check, and drafts unchecked', async () => {
    const editorId = signIn('editor');
    const article = scheduled(editorId);
    const broken = snapshot({ body: { type: 'doc', content: [figure('', '', null)] } });
    expect(await saveArticleAction({ id: article.id, version: article.version - 1, snapshot: broken })).toMatchObject({ ok: false, error: 'conflict' });
    expect(workingCopy(article.id)).toBeUndefined();
    const draft = createArticle({ ...snapshot(), createdBy: editorId });
    expect(await saveArticleAction({ id: draft.id, version: draft.version, snapshot: broken })).toMatchObject({ ok: true, status: 'draft' });
  });
});

describe('saving an article with embeds', () => {
  it('stores the poster of an embed the platform describes, and saves just the same when it cannot', async () => {
    signIn('editor');
    const created = createArticle({ ...snapshot(), createdBy: request.staffId! });
    const embed = (id: string) => ({ type: 'embed' as const, attrs: { provider: 'youtube' as const, url: `https://www.youtube.com/watch?v=${id}`, title: '' } });
    const body = { type: 'doc' as const, content: [embed('coPoster01'), embed('noPoster01')] };
    const saved = await saveArticleAction({ id: created.id, version: created.version, snapshot: snapshot({ body }) });
    expect(saved).toMatchObject({ ok: true, version: created.version + 1 });
    const [withPoster, without] = (stored(created.id).body as { content: { attrs: Record<string, unknown> }[] }).content;
    expect(withPoster!.attrs).toMatchObject({ title: 'Video có ảnh', thumbnail: expect.stringMatching(/^embeds\/[0-9a-f]{32}\.webp$/) });
    expect(fs.existsSync(path.join(mediaDir, String(withPoster!.attrs.thumbnail)))).toBe(true);
    expect(without!.attrs).toEqual({ provider: 'youtube', url: 'https://www.youtube.com/watch?v=noPoster01', title: '' });
  });
});
