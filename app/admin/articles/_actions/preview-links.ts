'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { getArticleResource } from '@/lib/data/articles/editable';
import { createPreviewLink, revokePreviewLink } from '@/lib/data/articles/preview-links';
import { NOT_FOUND } from './article-action';

// Shareable preview links (lib/data/articles/preview-links.ts). Showing unpublished work outside
// the newsroom is the desk's decision: the same capability as publishing it. Both are audited.

const articleId = z.coerce.number().int().positive();

/** A new link to the article's preview, valid 48 hours; its path (with the token) is shown once. */
export const createPreviewLinkAction: (input: FormData) => Promise<ActionResult<{ linkId: number; path: string; expiresAt: string }>> =
  defineAction({
    permission: 'article:publish',
    schema: z.object({ id: articleId }),
    invalid: 'Yêu cầu không hợp lệ.',
    run: ({ user, input: { id } }) => {
      const article = getArticleResource(id);
      if (!article) return NOT_FOUND;
      if (article.status === 'published')
        return { ok: false, error: 'refused', message: 'Bài đã đăng công khai: gửi đường dẫn của bài, không cần liên kết xem trước.' };
      const link = createPreviewLink({ articleId: id, userId: user.id });
      if (!link) return NOT_FOUND;
      return {
        ok: true,
        value: { linkId: link.id, path: `/xem-truoc/${link.token}`, expiresAt: link.expiresAt },
        paths: [`/admin/articles/${id}`],
        audit: { action: 'article.preview_link_create', targetType: 'article', targetId: id, detail: { linkId: link.id, expiresAt: link.expiresAt } },
      };
    },
  });

/** Revokes one of the article's links at once. */
export const revokePreviewLinkAction: (input: FormData) => Promise<ActionResult<{ revoked: true }>> = defineAction({
  permission: 'article:publish',
  schema: z.object({ id: articleId, linkId: z.coerce.number().int().positive() }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ input: { id, linkId } }) => {
    if (!revokePreviewLink({ articleId: id, linkId }))
      return { ok: false, error: 'not_found', message: 'Liên kết này không còn hiệu lực hoặc không thuộc bài này.' };
    return {
      ok: true,
      value: { revoked: true },
      paths: [`/admin/articles/${id}`],
      audit: { action: 'article.preview_link_revoke', targetType: 'article', targetId: id, detail: { linkId } },
    };
  },
});
