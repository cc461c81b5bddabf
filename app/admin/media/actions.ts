'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardAction } from '@/lib/auth/action-guard';
import { requestIp } from '@/lib/auth/request-ip';
import { recordAudit } from '@/lib/data/audit';
import { deleteMediaIfUnused, tagsForMediaChange, updateMedia } from '@/lib/data/media';
import { mediaFieldsSchema } from '@/lib/media/fields';
import { removeStoredImage } from '@/lib/media/storage';
import { fieldErrors } from '../_components/field-errors';
import type { FormState } from '../_components/form-state';

const fail = (message: string, fieldErrors?: Record<string, string>): FormState => ({ status: 'error', message, fieldErrors });
const idSchema = z.object({ id: z.coerce.number().int().positive() });
const NOT_FOUND = 'Không tìm thấy ảnh này; có thể ảnh đã bị xóa.';

/** Sets a photo's alt text, default caption and credit; every article showing it is refreshed. */
export async function updateMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('media:edit');
  if (!guard.ok) return fail(guard.message);
  const parsed = idSchema.and(mediaFieldsSchema).safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return fail('Vui lòng sửa các ô được đánh dấu.', fieldErrors(parsed.error));
  }
  const { id, ...fields } = parsed.data;
  if (!updateMedia(id, fields)) return fail(NOT_FOUND);
  // Figures fall back to the photo's caption and credit, and always show its alt text.
  for (const tag of tagsForMediaChange(id)) updateTag(tag);
  revalidatePath('/admin/media', 'layout');
  return { status: 'success', message: 'Đã lưu thông tin ảnh.' };
}

/** Deletes a photo no article uses, with its files; refused, naming the articles, while in use. */
export async function deleteMediaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction('media:delete');
  if (!guard.ok) return fail(guard.message);
  const parsed = idSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(NOT_FOUND);
  const result = deleteMediaIfUnused(parsed.data.id);
  if (!result.ok && result.reason === 'not-found') return fail(NOT_FOUND);
  if (!result.ok) {
    const titles = [...new Map(result.usage.map((u) => [u.articleId, `“${u.title}”`])).values()];
    return fail(`Không thể xóa: ảnh đang được dùng trong ${titles.length} bài (${titles.join(', ')}). Hãy gỡ ảnh khỏi các bài này trước.`);
  }
  recordAudit({
    actor: guard.user,
    action: 'media.delete',
    targetType: 'media',
    targetId: parsed.data.id,
    detail: { path: result.path },
    ip: await requestIp(),
  });
  // Files go last: an orphaned file is better than a deletion missing from the audit log.
  await removeStoredImage(result.path, result.width);
  revalidatePath('/admin/media', 'layout');
  redirect('/admin/media?da-xoa=1');
}
