'use server';

import { z } from 'zod';
import { assertSameOrigin, AuthorizationError, requireCapability } from '@/lib/auth/guard';
import { createArticle } from '@/lib/articles/create';
import { articleSnapshotSchema } from '@/lib/articles/snapshot';
import type { ArticleActionResult } from './result';

/** The first save of a new article creates it as the writer's draft. */
export async function createArticleAction(input: {
  snapshot: unknown;
}): Promise<ArticleActionResult> {
  try {
    await assertSameOrigin();
    const user = await requireCapability('article:create');
    const parsed = articleSnapshotSchema.safeParse(input?.snapshot, {
      error: z.locales.vi().localeError,
    });
    if (!parsed.success) {
      return {
        ok: false,
        error: 'invalid',
        message: parsed.error.issues.map((i) => i.message).join('; '),
      };
    }
    const created = createArticle({ ...parsed.data, createdBy: user.id });
    return {
      ok: true,
      ...created,
      status: 'draft',
      autosavedOnly: false,
      savedAt: new Date().toISOString(),
    };
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return {
        ok: false,
        error: error.status === 401 ? 'unauthorized' : 'forbidden',
        message: error.message,
      };
    }
    throw error;
  }
}
