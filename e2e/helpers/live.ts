import { expect, type APIRequestContext } from '@playwright/test';
import { actionResult, articleAction, createDraft, snapshot } from '../../tests/security/support';
import { callArticleAction } from './articles';
import { queryE2eDb } from './auth';

// Live coverage fixtures: a published article with its live page open, and the live actions
// (app/admin/articles/_actions/live-coverage.ts) called over plain HTTP.

export type LiveActionName =
  | 'startLiveAction'
  | 'endLiveAction'
  | 'addLivePostAction'
  | 'editLivePostAction'
  | 'approveLivePostAction'
  | 'deleteLivePostAction';

/** Calls a live action as the request's session; the parsed result (null when there is none) and the raw answer. */
export async function liveAction(request: APIRequestContext, name: LiveActionName, input: Record<string, unknown>, articleId: number) {
  const response = await callArticleAction(request, { file: 'live-coverage', name, page: `/admin/articles/${articleId}/truc-tiep` }, [input]);
  const text = await response.text();
  return { status: response.status(), text, result: actionResult(text) };
}

/** The public path of an article, from the e2e database. */
export function articlePublicPath(id: number): string {
  const [row] = queryE2eDb<{ slug: string; section: string }>(
    'SELECT a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?',
    id,
  );
  return `/${row!.section}/${row!.slug}-${id}`;
}

/** A new published article with open live coverage, made by `desk` (an editor or the owner). */
export async function openLivePage(desk: APIRequestContext, title: string): Promise<{ id: number; path: string }> {
  const draft = await createDraft(desk, title, 'Tóm tắt: diễn biến chính được cập nhật liên tục bên dưới.');
  const published = await articleAction(desk, 'publish', { id: draft.id, version: draft.version, snapshot: snapshot(title, 'Tóm tắt: diễn biến chính được cập nhật liên tục bên dưới.') });
  expect(published.result?.ok, published.text.slice(0, 300)).toBe(true);
  const started = await liveAction(desk, 'startLiveAction', { id: draft.id }, draft.id);
  expect(started.result?.ok, started.text.slice(0, 300)).toBe(true);
  return { id: draft.id, path: articlePublicPath(draft.id) };
}

/** Posts onto a live page over HTTP; returns the new post's id. */
export async function postLive(desk: APIRequestContext, articleId: number, text: string, flags: { keyEvent?: boolean; pinned?: boolean; title?: string } = {}): Promise<number> {
  const posted = await liveAction(desk, 'addLivePostAction', { id: articleId, text, title: '', mediaId: null, keyEvent: false, pinned: false, ...flags }, articleId);
  expect(posted.result?.ok, posted.text.slice(0, 300)).toBe(true);
  return Number(posted.result!.postId);
}
