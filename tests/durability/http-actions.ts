import { serverActionId } from '../../e2e/helpers/server-actions';
import { actionResult, snapshot } from '../security/support';

// Article saves over plain fetch (no Playwright context), so a test can aim them at any server.

/** Posts saveArticleAction to `base` with the session cookie; the parsed result or null. */
export async function saveOver(base: string, cookie: string, id: number, version: number, title: string, text: string, signal?: AbortSignal) {
  const response = await fetch(`${base}/admin/articles/${id}`, {
    method: 'POST',
    headers: {
      'Next-Action': serverActionId('app/admin/articles/_actions/save-article.ts', 'saveArticleAction'),
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: base,
      Cookie: cookie,
    },
    body: JSON.stringify([{ id, version, snapshot: snapshot(title, text) }]),
    redirect: 'manual',
    signal,
  });
  return actionResult(await response.text());
}
