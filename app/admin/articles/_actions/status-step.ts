import 'server-only';
import { changeArticleStatus, deleteArticle, type StatusChange } from '@/lib/articles/workflow';
import type { ArticleActionResult } from './result';

/** A workflow move that leaves the text alone (unpublish, send back) or removes the article. */
export function statusStep(change: StatusChange | 'delete', note?: string) {
  return ({
    id,
    version,
  }: {
    id: number;
    version: number;
  }): ArticleActionResult & { tags?: string[] } => {
    const outcome =
      change === 'delete'
        ? deleteArticle({ id, baseVersion: version })
        : changeArticleStatus({ id, baseVersion: version, change, note: note?.slice(0, 2000) });
    if (outcome.ok) {
      return {
        ok: true,
        id,
        version: outcome.version,
        status: outcome.status,
        slug: '',
        autosavedOnly: false,
        savedAt: new Date().toISOString(),
        tags: outcome.tags,
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
  };
}
