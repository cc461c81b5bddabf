'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionResult } from '@/lib/actions/action-result';
import { can } from '@/lib/domain/capabilities';
import type { SessionUser } from '@/lib/auth/guard';
import { parseArticleBody } from '@/lib/article-body/parse';
import { figure, paragraph } from '@/lib/article-body/schema';
import { endLive, startLive } from '@/lib/data/live/coverage';
import { addLivePost, approveLivePost, deleteLivePost, editLivePost, getLivePostOwner, type LivePostOutcome } from '@/lib/data/live/posts';
import { NOT_FOUND } from './article-action';

// Live coverage ("Tường thuật trực tiếp"). Editors post straight onto the page; a reporter's post
// waits as a draft that only they (until approved) or an editor may change. Every change is
// audited on the article with the post's id.

const REFUSED: Record<Exclude<LivePostOutcome, { ok: true }>['reason'] | 'already_live', string> = {
  not_live: 'Bài này chưa mở tường thuật trực tiếp.',
  ended: 'Tường thuật đã kết thúc.',
  not_found: 'Không tìm thấy cập nhật này (có thể đã bị xóa).',
  conflict: 'Cập nhật này vừa được người khác sửa. Tải lại để xem bản mới trước khi sửa tiếp.',
  not_draft: 'Cập nhật này đã được đăng.',
  already_live: 'Bài đang được tường thuật trực tiếp.',
};
const refused = (reason: keyof typeof REFUSED) => ({ ok: false as const, error: 'refused' as const, message: REFUSED[reason] });
const FORBIDDEN = { ok: false, error: 'forbidden', message: 'Bạn không có quyền sửa cập nhật này.' } as const;

const id = z.number().int().positive();
const postFields = z.object({
  title: z.string().trim().max(200).catch(''),
  text: z.string().trim().max(20_000),
  mediaId: id.nullable().catch(null),
  keyEvent: z.boolean().catch(false),
  pinned: z.boolean().catch(false),
});
type PostInput = z.output<typeof postFields>;

/** The composer's text, one paragraph per blank-line-separated block, and its photo, as a structured body. */
function toFields(input: PostInput) {
  const paragraphs = input.text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => paragraph(block));
  const photo = input.mediaId === null ? [] : [figure('', '', input.mediaId)];
  if (paragraphs.length === 0 && photo.length === 0) return { ok: false as const, message: 'Cập nhật cần có nội dung hoặc ảnh.' };
  const parsed = parseArticleBody({ type: 'doc', content: [...photo, ...paragraphs] });
  if (!parsed.ok) return { ok: false as const, message: parsed.message };
  return { ok: true as const, fields: { title: input.title || null, body: parsed.body, keyEvent: input.keyEvent, pinned: input.pinned } };
}

/** Editors may change any post; a reporter only their own draft. */
function mayChange(user: SessionUser, post: { createdBy: number | null; status: string }): boolean {
  return can(user, 'live:post') || (post.createdBy === user.id && post.status === 'draft');
}

type Posted = ActionResult<{ postId: number; status: 'published' | 'draft' }>;

export const startLiveAction: (input: { id: number }) => Promise<ActionResult<{ started: true }>> = defineAction({
  permission: 'live:manage',
  schema: z.object({ id }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ user, input }) => {
    const outcome = startLive({ articleId: input.id, userId: user.id });
    if (!outcome.ok) return outcome.reason === 'not_found' ? NOT_FOUND : refused(outcome.reason);
    return { ok: true, value: { started: true }, tags: outcome.tags, audit: { action: 'article.live_start', targetType: 'article', targetId: input.id } };
  },
});

export const endLiveAction: (input: { id: number }) => Promise<ActionResult<{ ended: true }>> = defineAction({
  permission: 'live:manage',
  schema: z.object({ id }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ input }) => {
    const outcome = endLive({ articleId: input.id });
    if (!outcome.ok) return refused(outcome.reason);
    return { ok: true, value: { ended: true }, tags: outcome.tags, audit: { action: 'article.live_end', targetType: 'article', targetId: input.id } };
  },
});

/** Posts onto the live page, or (a reporter) sends a draft for an editor to approve. */
export const addLivePostAction: (input: { id: number } & Partial<PostInput>) => Promise<Posted> = defineAction({
  permission: 'live:draft',
  schema: postFields.extend({ id }),
  invalid: 'Cập nhật không hợp lệ.',
  run: ({ user, input }) => {
    const built = toFields(input);
    if (!built.ok) return { ok: false, error: 'invalid', message: built.message };
    const asDraft = !can(user, 'live:post');
    const outcome = addLivePost({ articleId: input.id, fields: built.fields, userId: user.id, asDraft });
    if (!outcome.ok) return refused(outcome.reason);
    return {
      ok: true,
      value: { postId: outcome.postId, status: outcome.status },
      tags: outcome.tags,
      audit: { action: asDraft ? 'article.live_post_draft' : 'article.live_post', targetType: 'article', targetId: input.id, detail: { postId: outcome.postId } },
    };
  },
});

export const editLivePostAction: (input: { postId: number; version: number } & Partial<PostInput>) => Promise<Posted> = defineAction({
  permission: 'live:draft',
  schema: postFields.extend({ postId: id, version: id }),
  invalid: 'Cập nhật không hợp lệ.',
  run: ({ user, input }) => {
    const post = getLivePostOwner(input.postId);
    if (!post) return refused('not_found');
    if (!mayChange(user, post)) return FORBIDDEN;
    const built = toFields(input);
    if (!built.ok) return { ok: false, error: 'invalid', message: built.message };
    const outcome = editLivePost({ postId: input.postId, baseVersion: input.version, fields: built.fields, userId: user.id });
    if (!outcome.ok) return refused(outcome.reason);
    return {
      ok: true,
      value: { postId: outcome.postId, status: outcome.status },
      tags: outcome.tags,
      audit: { action: 'article.live_post_edit', targetType: 'article', targetId: post.articleId, detail: { postId: input.postId } },
    };
  },
});

export const approveLivePostAction: (input: { postId: number }) => Promise<Posted> = defineAction({
  permission: 'live:post',
  schema: z.object({ postId: id }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ input }) => {
    const post = getLivePostOwner(input.postId);
    if (!post) return refused('not_found');
    const outcome = approveLivePost({ postId: input.postId });
    if (!outcome.ok) return refused(outcome.reason);
    return {
      ok: true,
      value: { postId: outcome.postId, status: outcome.status },
      tags: outcome.tags,
      audit: { action: 'article.live_post_approve', targetType: 'article', targetId: post.articleId, detail: { postId: input.postId } },
    };
  },
});

export const deleteLivePostAction: (input: { postId: number }) => Promise<ActionResult<{ deleted: true }>> = defineAction({
  permission: 'live:draft',
  schema: z.object({ postId: id }),
  invalid: 'Yêu cầu không hợp lệ.',
  run: ({ user, input }) => {
    const post = getLivePostOwner(input.postId);
    if (!post) return refused('not_found');
    if (!mayChange(user, post)) return FORBIDDEN;
    const outcome = deleteLivePost({ postId: input.postId });
    if (!outcome.ok) return refused(outcome.reason);
    return {
      ok: true,
      value: { deleted: true },
      tags: outcome.tags,
      audit: { action: 'article.live_post_delete', targetType: 'article', targetId: post.articleId, detail: { postId: input.postId } },
    };
  },
});
