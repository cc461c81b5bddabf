import 'server-only';
import { z } from 'zod';
import type { ActionOutcome, AuditFields } from '@/lib/actions/define-action';
import type { Correction, CorrectionChangeOutcome } from '@/lib/data/articles/corrections';
import { NOT_FOUND } from './article-action';

// What the correction actions share: the note's rules and how a data-layer outcome answers.

export const correctionNoteSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, 'Nhập nội dung đính chính.').max(1000, 'Đính chính tối đa 1000 ký tự.'));

type Changed = Extract<CorrectionChangeOutcome, { ok: true }>;

/** The action's answer for a changed correction, audited on the article; a refusal as its message. */
export function correctionOutcome(
  articleId: number,
  outcome: CorrectionChangeOutcome,
  audit: (changed: Changed) => Pick<AuditFields, 'action' | 'detail'>,
): ActionOutcome<{ correction: Correction }> {
  if (!outcome.ok) {
    if (outcome.reason === 'not_found') return NOT_FOUND;
    return { ok: false, error: 'refused', message: outcome.reason === 'refused' ? outcome.message : 'Bài vừa thay đổi; tải lại trang rồi thử lại.' };
  }
  return {
    ok: true,
    value: { correction: outcome.correction },
    tags: outcome.tags,
    audit: { ...audit(outcome), targetType: 'article', targetId: articleId },
  };
}
