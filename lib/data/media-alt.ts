import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { articleBodySchema, bodyPhotoIds, type ArticleBody } from '@/lib/article-body/schema';
import type { MediaItem } from './dto';
import { listMediaByIds } from './media';

// Alt text is what a screen reader says instead of the photo; an article may not be published
// while any photo it shows lacks one. The editor's publish step asks these.

/** The ids of a body's figures and galleries and a cover: every photo an article shows. */
export function mediaIdsOf(body: ArticleBody, coverMediaId: number | null): number[] {
  const ids = bodyPhotoIds(body);
  return [...new Set(coverMediaId ? [coverMediaId, ...ids] : ids)];
}

/** Photos a body and cover use that still lack alt text; publishing must wait until this is empty. */
export function listPhotosMissingAltIn(body: ArticleBody, coverMediaId: number | null): MediaItem[] {
  return listMediaByIds(mediaIdsOf(body, coverMediaId)).filter((item) => item.alt.trim() === '');
}

/** Photos a saved article uses that still lack alt text. */
export function listPhotosMissingAlt(articleId: number): MediaItem[] {
  const row = db
    .select({ body: articles.body, coverMediaId: articles.coverMediaId })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  const body = articleBodySchema.safeParse(row?.body);
  if (!row || !body.success) return [];
  return listPhotosMissingAltIn(body.data, row.coverMediaId);
}
