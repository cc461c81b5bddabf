import 'server-only';
import { unstable_cache } from 'next/cache';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articleCorrections, articles } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';

export type Correction = { id: number; note: string; createdAt: string };

export type CorrectionOutcome =
  | { ok: true; correction: Correction; tags: string[] }
  | { ok: false; reason: 'not_found' | 'refused' };

/** Adds a dated correction to a published article and bumps its modified time. */
export function addCorrection(input: { articleId: number; note: string; userId: number | null; now?: Date }): CorrectionOutcome {
  const now = input.now ?? new Date();
  return db.transaction((tx): CorrectionOutcome => {
    const article = tx.select({ status: articles.status }).from(articles).where(eq(articles.id, input.articleId)).get();
    if (!article) return { ok: false, reason: 'not_found' };
    if (article.status !== 'published') return { ok: false, reason: 'refused' };
    const row = tx
      .insert(articleCorrections)
      .values({ articleId: input.articleId, note: input.note, createdBy: input.userId, createdAt: now })
      .returning({ id: articleCorrections.id })
      .get();
    // Not a version bump: a correction changes no text an open editor could overwrite.
    tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, input.articleId)).run();
    return {
      ok: true,
      correction: { id: row.id, note: input.note, createdAt: now.toISOString() },
      tags: tagsForScopes(readArticleCacheScope(tx, input.articleId)),
    };
  });
}

/** An article's corrections, oldest first. */
export function listCorrections(articleId: number): Correction[] {
  return db
    .select({ id: articleCorrections.id, note: articleCorrections.note, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all()
    .map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }));
}

/** The public article page's corrections, cached with the article's tag. */
export const getArticleCorrections = (articleId: number) =>
  unstable_cache(async () => listCorrections(articleId), ['corrections', String(articleId)], {
    tags: [cacheTags.article(articleId)],
  })();
