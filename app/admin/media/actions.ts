'use server';

import { z } from 'zod';
import { defineFormAction } from '@/lib/actions/define-action';
import { can } from '@/lib/domain/capabilities';
import { AuthorizationError, type SessionUser } from '@/lib/auth/guard';
import { cacheTags } from '@/lib/cache-tags';
import { getMedia, setMediaFocalPoint } from '@/lib/data/media';
import type { MediaItem } from '@/lib/data/dto';
import { deleteMediaIfUnused, tagsForMediaChange, updateMediaWords } from '@/lib/data/media-usage';
import { removeOtherCoverCrops, storedCoverCrop } from '@/lib/media/cover-crops';
import { mediaFieldsSchema, type MediaFields } from '@/lib/media/fields';
import { focalKey, roundFocal, sameFocal } from '@/lib/media/focal';
import { removeStoredImage } from '@/lib/media/storage';
import { IMAGE_RATIOS } from '@/lib/media/crops';

const idSchema = z.object({ id: z.coerce.number().int().positive() });
const NOT_FOUND = 'Không tìm thấy ảnh này; có thể ảnh đã bị xóa.';

/**
 * The photo, once the user may edit it: editors any photo, reporters their own uploads
 * (lib/domain/capabilities.ts). Whether an id exists is told only to those who may edit every photo.
 */
function requireEditableMedia(user: SessionUser, id: number): MediaItem | null {
  const media = getMedia(id);
  if (!can(user, 'media:edit', media ? { createdBy: media.uploadedBy } : undefined)) throw new AuthorizationError(403);
  return media;
}

/** Fields whose value changed, as the audit log shows them: { field: [before, after] }. */
function changedFields(before: MediaFields, after: MediaFields): Record<string, [string, string]> {
  const keys = ['alt', 'caption', 'credit'] as const;
  return Object.fromEntries(keys.filter((key) => before[key] !== after[key]).map((key) => [key, [before[key], after[key]]]));
}

/**
 * Sets a photo's alt text, default caption and credit; every article showing it is refreshed with
 * them, except where a figure has words of its own (lib/data/media-usage.ts updateMediaWords).
 */
export const updateMediaAction = defineFormAction({
  // Reporters reach the form for their own uploads; the photo itself is checked below.
  permission: 'media:upload',
  schema: idSchema.and(mediaFieldsSchema),
  run: ({ user, input: { id, ...fields } }) => {
    const media = requireEditableMedia(user, id);
    const updated = media && updateMediaWords(id, fields);
    if (!updated) return { ok: false, error: 'not_found', message: NOT_FOUND };
    const changes = changedFields(updated.before, fields);
    return {
      ok: true,
      value: { message: 'Đã lưu thông tin ảnh.' },
      tags: updated.tags,
      paths: ['/admin/media'],
      audit: Object.keys(changes).length > 0 ? { action: 'media.update', targetType: 'media', targetId: id, detail: { changes } } : undefined,
    };
  },
});

const fraction = z.union([z.literal('').transform(() => null), z.coerce.number().min(0).max(1).transform(roundFocal)]);
const focalSchema = idSchema.extend({ x: fraction, y: fraction, clear: z.literal('1').optional() });

/**
 * Sets (or, with empty x and y, clears) the point every crop and card keeps in frame. The crops
 * around the new point are cut at once and the old ones removed; pages showing the photo name the
 * new crops, so nothing cached keeps the old framing.
 */
export const setMediaFocalPointAction = defineFormAction({
  permission: 'media:upload',
  schema: focalSchema,
  invalid: 'Điểm lấy nét phải nằm trong ảnh.',
  run: async ({ user, input: { id, x, y, clear } }) => {
    const media = requireEditableMedia(user, id);
    const focal = clear || x === null || y === null ? null : { x, y };
    const stored = media && setMediaFocalPoint(id, focal);
    if (!stored) return { ok: false, error: 'not_found', message: NOT_FOUND };
    await Promise.allSettled(IMAGE_RATIOS.map((ratio) => storedCoverCrop(stored.path, ratio.name, focal)));
    const message = focal ? 'Đã đặt điểm lấy nét; các ảnh cắt đã được cắt lại.' : 'Đã bỏ điểm lấy nét; ảnh cắt theo vùng nổi bật.';
    return {
      ok: true,
      value: { message },
      // Cards of front-only photos are in listings too.
      tags: [...new Set([...tagsForMediaChange(id), cacheTags.listings])],
      paths: ['/admin/media'],
      audit: sameFocal(stored.previous, focal)
        ? undefined
        : { action: 'media.focal', targetType: 'media', targetId: id, detail: { changes: { focal: [focalKey(stored.previous) || 'chưa đặt', focalKey(focal) || 'chưa đặt'] } } },
      afterAudit: () => removeOtherCoverCrops(stored.path, focal),
    };
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
