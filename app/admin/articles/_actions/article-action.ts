import 'server-only';
import { after } from 'next/server';
import { z } from 'zod';
import { defineAction, type ActionOutcome, type ArticleTarget } from '@/lib/actions/define-action';
import type { ActionRefusal } from '@/lib/actions/action-result';
import type { Action, ArticleResource } from '@/lib/domain/capabilities';
import type { SessionUser } from '@/lib/auth/guard';
import { getArticleResource } from '@/lib/data/articles/editable';
import { listArticlePublicPaths } from '@/lib/data/articles/public-paths';
import type { WriteOutcome } from '@/lib/data/articles/write';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '@/lib/data/storage-full';
import { refreshProxyCache } from '@/lib/http/proxy-refresh';
import { log } from '@/lib/log';
import type { ArticleActionResult, ArticleConflict, ArticleSaved, PublishChecksRefused } from './result';

// What the article actions share on top of lib/actions/define-action.ts: the capability is asked
// of the article as stored, a data-layer outcome becomes the action's answer in one place, and a
// full disk is told to the writer, whose text stays in the editor.

export type ArticleOutcome = ActionOutcome<ArticleSaved, ArticleConflict | PublishChecksRefused>;

const BAD_REQUEST: ActionRefusal = { error: 'invalid', message: 'Yêu cầu không hợp lệ.' };
export const NOT_FOUND = { ok: false, error: 'not_found', message: 'Không tìm thấy bài viết.' } as const;

export const articleRefSchema = z.object({ id: z.number().int().positive(), version: z.number().int().positive() });

/** The capability, asked of the article the input names, as it is stored now. */
export function onArticle(capability: Action | ((article: ArticleResource) => Action)) {
  return (raw: unknown): ArticleTarget | ActionRefusal => {
    const id = z.number().int().positive().safeParse((raw as { id?: unknown } | null)?.id);
    if (!id.success) return BAD_REQUEST;
    const article = getArticleResource(id.data);
    if (!article) return { error: NOT_FOUND.error, message: NOT_FOUND.message };
    return { action: typeof capability === 'function' ? capability(article) : capability, article };
  };
}

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

/** Every problem of the editor's snapshot, each named by its field; a malformed request as such. */
export function invalidArticle(error: z.ZodError): string {
  if (error.issues.some((issue) => issue.path[0] !== 'snapshot')) return BAD_REQUEST.message;
  return error.issues
    .map((issue) => {
      const field = issue.path[1];
      return (field === undefined ? '' : `${FIELD[String(field)] ?? String(field)}: `) + issue.message;
    })
    .join('; ');
}

/** A save, status change or schedule as the editor hears it, with the tags it touched and its audit row (plus `detail`). */
export function articleOutcome(
  id: number,
  outcome: WriteOutcome<{ version: number; status: ArticleSaved['status']; slug?: string; autosavedOnly?: boolean; tags: string[] }>,
  audit?: string,
  detail?: Record<string, unknown>,
): ArticleOutcome {
  if (outcome.ok) {
    const { version, status, slug = '', autosavedOnly = false, tags } = outcome;
    return {
      ok: true,
      value: { id, version, status, slug, autosavedOnly, savedAt: new Date().toISOString() },
      tags,
      // Autosaves of a live article are kept aside, not published: nothing to audit yet.
      audit: audit && !autosavedOnly ? { action: audit, targetType: 'article', targetId: id, detail: { version, status, ...detail } } : undefined,
    };
  }
  if (outcome.reason === 'conflict') {
    return { ok: false, error: 'conflict', message: 'Bài đã được người khác lưu trong lúc bạn sửa.', current: outcome.current };
  }
  if (outcome.reason === 'not_found') return NOT_FOUND;
  return { ok: false, error: 'refused', message: outcome.message };
}

/** The write a SQLite on a full disk refused (and rolled back) is told to the writer, not thrown. */
export async function unlessStorageFull(articleId: number | null, write: () => ArticleOutcome | Promise<ArticleOutcome>): Promise<ArticleOutcome> {
  try {
    return await write();
  } catch (error) {
    if (!isStorageFull(error)) throw error;
    log('error', 'article save failed: storage full', { articleId }, error);
    return { ok: false, error: 'refused', message: STORAGE_FULL_MESSAGE };
  }
}

/**
 * Takes an article off the public site (unpublish, delete), then has the shared cache in front
 * (nginx) refresh every page that showed it, once the action's tags have expired.
 */
export function takenDown(id: number, write: () => ArticleOutcome): ArticleOutcome {
  // Read first: a delete removes the rows the paths come from.
  const paths = listArticlePublicPaths([id]);
  const outcome = write();
  if (outcome.ok) after(() => refreshProxyCache(paths));
  return outcome;
}

/** An action on a stored article, version-checked: capability on the article → zod → write. */
export function defineArticleAction<S extends z.ZodType<{ id: number; version: number }>>(spec: {
  capability: Action | ((article: ArticleResource) => Action);
  schema: S;
  run: (ctx: { user: SessionUser; input: z.output<S> }) => ArticleOutcome | Promise<ArticleOutcome>;
}): (input: unknown) => Promise<ArticleActionResult> {
  return defineAction<unknown, S, ArticleSaved, ArticleConflict | PublishChecksRefused, ReturnType<typeof onArticle>>({
    permission: onArticle(spec.capability),
    schema: spec.schema,
    invalid: invalidArticle,
    run: (ctx) => unlessStorageFull(ctx.input.id, () => spec.run(ctx)),
  });
}
