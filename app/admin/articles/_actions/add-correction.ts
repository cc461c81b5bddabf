'use server';

import { headers } from 'next/headers';
import { updateTag } from 'next/cache';
import { z } from 'zod';
import { assertSameOrigin, AuthorizationError, requireCapability, requireStaff } from '@/lib/auth/guard';
import { clientIp } from '@/lib/auth/client-ip';
import { getArticleResource } from '@/lib/articles/editable';
import { recordAudit } from '@/lib/data/audit';
import { addCorrection, type Correction } from '@/lib/articles/corrections';

const schema = z.object({
  id: z.number().int().positive(),
  note: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'Nhập nội dung đính chính.').max(1000, 'Đính chính tối đa 1000 ký tự.')),
});

export type AddCorrectionResult =
  | { ok: true; correction: Correction }
  | { ok: false; error: 'unauthorized' | 'forbidden' | 'invalid' | 'not_found' | 'refused'; message: string };

/** Adds a dated "Đính chính" note to a published article; readers see it on their next request. */
export async function addCorrectionAction(input: { id: number; note: string }): Promise<AddCorrectionResult> {
  try {
    await assertSameOrigin();
    const id = z.number().int().positive().safeParse((input as { id?: unknown } | null)?.id);
    const article = id.success ? getArticleResource(id.data) : null;
    if (!article) {
      await requireStaff();
      return { ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' };
    }
    const user = await requireCapability('article:correct', article);
    const parsed = schema.safeParse(input);
    if (!parsed.success)
      return { ok: false, error: 'invalid', message: parsed.error.issues[0]?.message ?? 'Yêu cầu không hợp lệ.' };
    const outcome = addCorrection({ articleId: parsed.data.id, note: parsed.data.note, userId: user.id });
    if (!outcome.ok)
      return outcome.reason === 'not_found'
        ? { ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' }
        : { ok: false, error: 'refused', message: 'Chỉ đính chính được bài đang đăng.' };
    for (const tag of outcome.tags) updateTag(tag);
    recordAudit({
      actor: { id: user.id, email: user.email },
      action: 'article.correct',
      targetType: 'article',
      targetId: parsed.data.id,
      detail: { correctionId: outcome.correction.id },
      ip: clientIp(await headers()),
    });
    return { ok: true, correction: outcome.correction };
  } catch (error) {
    if (error instanceof AuthorizationError)
      return { ok: false, error: error.status === 401 ? 'unauthorized' : 'forbidden', message: error.message };
    throw error;
  }
}
