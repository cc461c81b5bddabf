import 'server-only';
import { headers } from 'next/headers';
import { updateTag } from 'next/cache';
import { z } from 'zod';
import {
  assertSameOrigin,
  AuthorizationError,
  requireCapability,
  requireStaff,
  type SessionUser,
} from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/capabilities';
import { clientIp } from '@/lib/auth/client-ip';
import { getArticleResource } from '@/lib/articles/editable';
import { recordAudit } from '@/lib/data/audit';
import type { ArticleResource } from '@/lib/auth/capabilities';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '@/lib/data/storage-full';
import { log } from '@/lib/log';
import type { ArticleActionResult } from './result';

export const articleRefSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
});

type Step = (ctx: {
  user: SessionUser;
  article: ArticleResource;
  id: number;
  version: number;
}) => ArticleActionResult & { tags?: string[] };

/**
 * The shape every article action follows: same origin → guard on the article as stored →
 * validation (inside `step`) → data layer → expire exactly the tags it reports → typed result.
 */
export async function runArticleAction(
  input: unknown,
  capability: Action | ((article: ArticleResource) => Action),
  step: Step,
  audit?: string,
): Promise<ArticleActionResult> {
  try {
    await assertSameOrigin();
    const ref = articleRefSchema.safeParse(input);
    if (!ref.success) {
      await requireStaff();
      return { ok: false, error: 'invalid', message: 'Yêu cầu không hợp lệ.' };
    }
    const article = getArticleResource(ref.data.id);
    if (!article) {
      await requireStaff();
      return { ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' };
    }
    const action = typeof capability === 'function' ? capability(article) : capability;
    const user = await requireCapability(action, article);
    const { tags = [], ...result } = step({
      user,
      article,
      id: ref.data.id,
      version: ref.data.version,
    });
    for (const tag of tags) updateTag(tag);
    if (audit && result.ok && !result.autosavedOnly) {
      recordAudit({
        actor: { id: user.id, email: user.email },
        action: audit,
        targetType: 'article',
        targetId: ref.data.id,
        detail: { version: result.version, status: result.status },
        ip: clientIp(await headers()),
      });
    }
    return result as ArticleActionResult;
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return {
        ok: false,
        error: error.status === 401 ? 'unauthorized' : 'forbidden',
        message: error.message,
      };
    }
    if (isStorageFull(error)) {
      log('error', 'article save failed: storage full', { articleId: (input as { id?: unknown } | null)?.id }, error);
      return { ok: false, error: 'refused', message: STORAGE_FULL_MESSAGE };
    }
    throw error;
  }
}
