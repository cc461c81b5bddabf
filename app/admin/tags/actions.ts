'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { guardAction } from '@/lib/auth/action-guard';
import { requestIp } from '@/lib/auth/request-ip';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { getTagBySlug } from '@/lib/data/tags';
import { deleteUnusedTag, mergeTags, renameTag, type TagChange, type TagError } from '@/lib/data/tags-admin';
import type { FormState } from '../_components/form-state';
import { fieldErrors } from '@/app/admin/_components/field-errors';
import { mergeTagSchema, renameTagSchema, tagIdSchema } from './tag-schemas';

// Same origin + 'tag:manage' → zod → one transaction → expire both tags' pages, the listings and
// the pages of every article that shows the tag.

const ERRORS: Record<TagError, string> = {
  not_found: 'Không tìm thấy thẻ này.',
  slug_taken: 'Đường dẫn này đã có thẻ khác dùng. Muốn gộp hai thẻ, hãy dùng “Gộp vào thẻ”.',
  same_tag: 'Không thể gộp một thẻ vào chính nó.',
  in_use: 'Không thể xóa: thẻ vẫn gắn với bài viết. Hãy gộp nó vào thẻ khác.',
};
const fail = (message: string, errors?: Record<string, string>): FormState => ({ status: 'error', message, fieldErrors: errors });
const INVALID = 'Vui lòng sửa các ô được đánh dấu.';

function expire(change: Extract<TagChange, { ok: true }>): void {
  updateTag(cacheTags.listings);
  for (const id of change.tagIds) updateTag(cacheTags.tag(id));
  for (const id of change.articleIds) updateTag(cacheTags.article(id));
  revalidatePath('/admin/tags');
}

/** Renames a tag; a new slug keeps the old URL answering with a 308. */
export async function renameTagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('tag:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = renameTagSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error));
  const { id, ...input } = parsed.data;
  const change = renameTag(id, input);
  if (!change.ok) return fail(ERRORS[change.error], change.error === 'slug_taken' ? { slug: ERRORS.slug_taken } : undefined);
  recordAudit({ actor: guard.user, action: 'tag.rename', targetType: 'tag', targetId: id, detail: { ...input, oldSlug: change.oldSlug }, ip: await requestIp() });
  expire(change);
  return { status: 'success', message: `Đã lưu thẻ “${change.name}” (/chu-de/${change.slug}).` };
}

/** Moves a tag's articles to another tag and removes it; its URL then leads to the other tag. */
export async function mergeTagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('tag:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = mergeTagSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(INVALID, fieldErrors(parsed.error));
  const target = getTagBySlug(parsed.data.target);
  if (!target) return fail(INVALID, { target: 'Không có thẻ nào với tên hoặc đường dẫn này.' });
  const change = mergeTags(parsed.data.id, target.id);
  if (!change.ok) return fail(ERRORS[change.error]);
  recordAudit({ actor: guard.user, action: 'tag.merge', targetType: 'tag', targetId: target.id, detail: { from: parsed.data.id, fromSlug: change.oldSlug, into: target.slug, articles: change.articleIds.length }, ip: await requestIp() });
  expire(change);
  // The merged tag's row is gone with its form, so the notice is shown by the page.
  redirect(`/admin/tags?da-gop=${change.oldSlug}&vao=${change.slug}`);
}

/** Deletes a tag that no article uses. */
export async function deleteTagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('tag:manage');
  if (!guard.ok) return fail(guard.message);
  const parsed = tagIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(ERRORS.not_found);
  const change = deleteUnusedTag(parsed.data.id);
  if (!change.ok) return fail(ERRORS[change.error]);
  recordAudit({ actor: guard.user, action: 'tag.delete', targetType: 'tag', targetId: parsed.data.id, detail: { name: change.name, slug: change.slug }, ip: await requestIp() });
  expire(change);
  redirect(`/admin/tags?da-xoa=${change.slug}`);
}
