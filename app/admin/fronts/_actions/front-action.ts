import 'server-only';
import { z } from 'zod';
import type { AuditFields } from '@/lib/actions/define-action';
import { listFrontCardArticles } from '@/lib/data/fronts/picker';
import type { FrontConflict } from '@/lib/data/fronts/store';
import { frontDocumentSchema, type FrontDocument } from '@/lib/domain/front-document';

// What the front actions share on top of lib/actions/define-action.ts: the input's shape, the
// conflict answer and the audit row.

/** 'home' or 'section:{id}' (lib/domain/front-document.ts). */
export const frontKeySchema = z.string().regex(/^(home|section:[1-9]\d{0,9})$/);

/** The version the editor started from: 0 for a front nobody has saved yet. */
export const frontRefSchema = z.object({ key: frontKeySchema, version: z.number().int().min(0) });

export const frontWriteSchema = frontRefSchema.extend({ document: frontDocumentSchema });

export const FRONT_NOT_FOUND = { ok: false, error: 'not_found', message: 'Không tìm thấy trang này.' } as const;

/** The message for a refused document: what is wrong and in which block, in Vietnamese. */
export function invalidFront(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first || first.path[0] !== 'document') return 'Yêu cầu không hợp lệ.';
  const block = first.path[1] === 'containers' && typeof first.path[2] === 'number' ? `Khối ${first.path[2] + 1}: ` : '';
  return `${block}${first.message}`;
}

/** The articles a document's cards name, as the editor lists them (a document from elsewhere may name new ones). */
export function cardArticlesOf(document: FrontDocument) {
  return listFrontCardArticles([...new Set(document.containers.flatMap((container) => container.cards.map((card) => card.articleId)))]);
}

/** Someone saved the front since the editor loaded it: nothing was written. */
export function conflictRefusal(conflict: FrontConflict) {
  return {
    ok: false,
    error: 'conflict',
    message: 'Trang đã được người khác lưu trong lúc bạn sửa.',
    current: conflict.current,
    articles: cardArticlesOf(conflict.current.draft),
  } as const;
}

/** The audit row of a front change (fronts are named by key, not by a numeric id). */
export function frontAudit(action: 'front.save' | 'front.publish' | 'front.restore', key: string, detail: Record<string, unknown>): AuditFields {
  return { action, targetType: 'front', detail: { key, ...detail } };
}
