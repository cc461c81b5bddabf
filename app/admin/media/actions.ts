'use server';

import { z } from 'zod';
import { defineFormAction } from '@/lib/actions/define-action';
import { updateMedia } from '@/lib/data/media';
import { deleteMediaIfUnused, tagsForMediaChange } from '@/lib/data/media-usage';
import { mediaFieldsSchema } from '@/lib/media/fields';
import { removeStoredImage } from '@/lib/media/storage';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const NOT_FOUND = 'Không tìm thấy ảnh này; có thể ảnh đã bị xóa.';

/** Sets a photo's alt text, default caption and credit; every article showing it is refreshed. */
export const updateMediaAction = defineFormAction({
  permission: 'media:edit',
  schema: idSchema.and(mediaFieldsSchema),
  run: ({ input: { id, ...fields } }) => {
    if (!updateMedia(id, fields)) return { ok: false, error: 'not_found', message: NOT_FOUND };
    // Figures fall back to the photo's caption and credit, and always show its alt text.
    return { ok: true, value: { message: 'Đã lưu thông tin ảnh.' }, tags: tagsForMediaChange(id), paths: ['/admin/media'] };
  },
});

/** Deletes a photo no article uses, with its files; refused, naming the articles, while in use. */
export const deleteMediaAction = defineFormAction({
  permission: 'media:delete',
  schema: idSchema,
  invalid: NOT_FOUND,
  run: ({ input }) => {
    const result = deleteMediaIfUnused(input.id);
    if (!result.ok && result.reason === 'not-found') return { ok: false, error: 'not_found', message: NOT_FOUND };
    if (!result.ok) {
      const titles = [...new Map(result.usage.map((u) => [u.articleId, `“${u.title}”`])).values()];
      const message = `Không thể xóa: ảnh đang được dùng trong ${titles.length} bài (${titles.join(', ')}). Hãy gỡ ảnh khỏi các bài này trước.`;
      return { ok: false, error: 'refused', message };
    }
    return {
      ok: true,
      value: { message: '' },
      paths: ['/admin/media'],
      audit: { action: 'media.delete', targetType: 'media', targetId: input.id, detail: { path: result.path } },
      // Files go last: an orphaned file is better than a deletion missing from the audit log.
      afterAudit: () => removeStoredImage(result.path, result.width),
      redirectTo: '/admin/media?da-xoa=1',
    };
  },
});
