import 'server-only';
import type { Action, ArticleResource } from './capabilities';
import { AuthorizationError, assertSameOrigin, requireCapability, type SessionUser } from './guard';

export type GuardResult = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; message: string };

/** Origin check then capability check, as a value: for form actions that report refusals in their state. */
export async function guardAction(action: Action, article?: ArticleResource): Promise<GuardResult> {
  try {
    await assertSameOrigin();
    return { ok: true, user: await requireCapability(action, article) };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, status: error.status, message: error.message };
    throw error;
  }
}
