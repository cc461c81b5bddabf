'use server';

import { z } from 'zod';
import { defineFormAction, type ActionOutcome } from '@/lib/actions/define-action';
import { can } from '@/lib/domain/capabilities';
import { AuthorizationError } from '@/lib/auth/guard';
import { cacheTags } from '@/lib/cache-tags';
import { getEditableAuthor, linkAuthorToUser, updateAuthorProfile } from '@/lib/data/authors';
import { getStaffMember } from '@/lib/data/users';
import { getMedia } from '@/lib/data/media';
import { normalizeText } from '@/lib/vi/text';

const text = (max: number, label: string) =>
  z
    .string()
    .default('')
    .transform(normalizeText)
    .pipe(z.string().max(max, `${label} tối đa ${max} ký tự.`));

const schema = z.object({
  id: z.coerce.number().int().positive(),
  bio: text(2000, 'Giới thiệu'),
  roleTitle: text(100, 'Chức danh'),
  photoMediaId: z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]),
  // Only in the admins' form: the account that writes under this byline.
  userId: z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]).optional(),
});

const NOT_FOUND = 'Không tìm thấy tác giả này.';

/**
 * Sets an author's bio, role title and photo (a library photo), shown on their page /tac-gia/{slug}.
 * Every staff member reaches the form for their own byline; the profile itself decides below
 * (lib/domain/capabilities.ts 'author:edit': its own author, or an admin).
 */
export const updateAuthorProfileAction = defineFormAction({
  permission: 'account:edit',
  schema,
  echo: ['bio', 'roleTitle', 'photoMediaId', 'userId'],
  run: ({ user, input: { id, userId, ...fields } }): ActionOutcome<{ message: string }> => {
    const author = getEditableAuthor(id);
    if (!can(user, 'author:edit', author ? { createdBy: author.userId } : undefined)) throw new AuthorizationError(403);
    // Whose byline it is decides who may edit it: staff management, not the author's own call.
    if (userId !== undefined && !can(user, 'staff:manage')) throw new AuthorizationError(403);
    if (!author) return { ok: false, error: 'not_found', message: NOT_FOUND };
    if (userId && !getStaffMember(userId)) return { ok: false, error: 'invalid', message: 'Không tìm thấy tài khoản này.' };
    if (userId !== undefined && !linkAuthorToUser(id, userId)) {
      return { ok: false, error: 'invalid', message: 'Tài khoản này đã đứng tên một tác giả khác.', fieldErrors: { userId: 'Chọn tài khoản khác.' } };
    }
    if (fields.photoMediaId !== null && !getMedia(fields.photoMediaId)) {
      return { ok: false, error: 'invalid', message: 'Ảnh đã chọn không còn trong thư viện.', fieldErrors: { photoMediaId: 'Chọn ảnh khác.' } };
    }
    updateAuthorProfile(id, fields);
    const before = { bio: author.bio ?? '', roleTitle: author.roleTitle ?? '', photoMediaId: author.photoMediaId, userId: author.userId };
    const after = { ...fields, userId: userId === undefined ? author.userId : userId };
    const changes = Object.fromEntries(
      (['bio', 'roleTitle', 'photoMediaId', 'userId'] as const).filter((key) => before[key] !== after[key]).map((key) => [key, [before[key], after[key]]]),
    );
    return {
      ok: true,
      value: { message: 'Đã lưu hồ sơ tác giả.' },
      // The author's page lists under their tag; its header is rendered with it.
      tags: [cacheTags.author(id)],
      paths: ['/admin/authors'],
      audit: Object.keys(changes).length > 0 ? { action: 'author.update', targetType: 'author', targetId: id, detail: { changes } } : undefined,
    };
  },
});
