import 'server-only';
import { z } from 'zod';
import { getPhotoProblem } from '@/lib/articles/photo-check';
import { saveArticle, type SaveIntent, type SaveOutcome } from '@/lib/articles/save';
import { articleSnapshotSchema, type ArticleSnapshot } from '@/lib/articles/snapshot';
import type { SessionUser } from '@/lib/auth/guard';
import type { ArticleActionResult } from './result';

/** Turns a data-layer outcome into the action's answer plus the tags it must expire. */
export function toResult(
  id: number,
  outcome: SaveOutcome,
): ArticleActionResult & { tags?: string[] } {
  if (outcome.ok) {
    const { version, status, slug, autosavedOnly, tags } = outcome;
    return {
      ok: true,
      id,
      version,
      status,
      slug,
      autosavedOnly,
      savedAt: new Date().toISOString(),
      tags,
    };
  }
  if (outcome.reason === 'conflict') {
    return {
      ok: false,
      error: 'conflict',
      message: 'Bài đã được người khác lưu trong lúc bạn sửa.',
      current: outcome.current,
    };
  }
  if (outcome.reason === 'not_found')
    return { ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' };
  return { ok: false, error: 'refused', message: outcome.message };
}

const vietnamese = z.locales.vi().localeError;
const FIELD: Record<string, string> = {
  title: 'Tiêu đề',
  slug: 'Đường dẫn',
  lead: 'Sa-pô',
  body: 'Nội dung',
  sectionId: 'Chuyên mục',
  tags: 'Chủ đề',
  bylines: 'Tác giả',
  seoTitle: 'Tiêu đề SEO',
  seoDescription: 'Mô tả SEO',
};

/** Validates the editor's snapshot (body reduced to the allowed structure) and saves it. */
export function saveStep(intent: SaveIntent, rawSnapshot: unknown) {
  return ({ user, id, version }: { user: SessionUser; id: number; version: number }) => {
    const parsed = articleSnapshotSchema.safeParse(rawSnapshot, { error: vietnamese });
    if (!parsed.success) {
      const message = parsed.error.issues.map(
        (i) =>
          (i.path.length ? `${FIELD[String(i.path[0])] ?? String(i.path[0])}: ` : '') + i.message,
      );
      return { ok: false as const, error: 'invalid' as const, message: message.join('; ') };
    }
    const photoProblem = getPhotoProblem(intent, parsed.data);
    if (photoProblem) return { ok: false as const, error: 'refused' as const, message: photoProblem };
    return saveSnapshot(intent, id, version, parsed.data, user.id);
  };
}

export function saveSnapshot(
  intent: SaveIntent,
  id: number,
  version: number,
  snapshot: ArticleSnapshot,
  userId: number,
) {
  return toResult(id, saveArticle({ id, baseVersion: version, snapshot, intent, userId }));
}
