import { expect, type APIRequestContext } from '@playwright/test';
import { actionResult, createPublished } from '../../tests/security/support';
import { callArticleAction } from './articles';

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

/** A new published article with open live coverage, made by `desk` (an editor or the owner). */
export async function openLivePage(desk: APIRequestContext, title: string): Promise<{ id: number; path: string }> {
  const { id, path } = await createPublished(desk, title, 'Tóm tắt: diễn biến chính được cập nhật liên tục bên dưới.');
  const started = await liveAction(desk, 'startLiveAction', { id }, id);
  expect(started.result?.ok, started.text.slice(0, 300)).toBe(true);
  return { id, path };
}

/** Posts onto a live page over HTTP; returns the new post's id. */
export async function postLive(desk: APIRequestContext, articleId: number, text: string, flags: { keyEvent?: boolean; pinned?: boolean; title?: string } = {}): Promise<number> {
  const posted = await liveAction(desk, 'addLivePostAction', { id: articleId, text, title: '', mediaId: null, keyEvent: false, pinned: false, ...flags }, articleId);
  expect(posted.result?.ok, posted.text.slice(0, 300)).toBe(true);
  return Number(posted.result!.postId);
}
