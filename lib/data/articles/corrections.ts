import 'server-only';
import { unstable_cache } from 'next/cache';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articleCorrections } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { writeArticle, type WriteOutcome } from './write';

export type Correction = { id: number; note: string; createdAt: string };

export type CorrectionOutcome = WriteOutcome<{ correction: Correction; tags: string[] }>;

/** Adds a dated correction to a published article and bumps its modified time. */
export function addCorrection(input: { articleId: number; note: string; userId: number | null; now?: Date }): CorrectionOutcome {
  // Not version-checked and no version bump: a correction changes no text an open editor could overwrite.
  const target = { id: input.articleId, baseVersion: null, from: ['published'] as const, now: input.now };
  return writeArticle(target, ({ tx, now, update }): CorrectionOutcome => {
    const row = tx
      .insert(articleCorrections)
      .values({ articleId: input.articleId, note: input.note, createdBy: input.userId, createdAt: now })
      .returning({ id: articleCorrections.id })
      .get();
    update({}); // the new updatedAt is the page's modified time
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
