import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articleLive, articles } from '@/db/schema';
import { readArticleCacheScope, tagsForScopes } from '@/lib/data/articles/cache-scope';

// Starting or ending live coverage changes the article's page and the "Trực tiếp" badge on every
// card that lists it, so both return the article's whole cache scope.

export type LiveState = { startedAt: string; endedAt: string | null; changeSeq: number };

export type LiveSwitch = { ok: true; tags: string[] } | { ok: false; reason: 'not_found' | 'already_live' | 'not_live' };

/** An article's live coverage, or null when it never was a live page. */
export function getLiveState(articleId: number): LiveState | null {
  const row = db.select().from(articleLive).where(eq(articleLive.articleId, articleId)).get();
  return row ? { startedAt: row.startedAt.toISOString(), endedAt: row.endedAt?.toISOString() ?? null, changeSeq: row.changeSeq } : null;
}

/** Opens live coverage on an article; reopening an ended one keeps its posts. */
export function startLive(input: { articleId: number; userId: number | null; now?: Date }): LiveSwitch {
  const now = input.now ?? new Date();
  return db.transaction((tx): LiveSwitch => {
    if (!tx.select({ id: articles.id }).from(articles).where(eq(articles.id, input.articleId)).get()) return { ok: false, reason: 'not_found' };
    const existing = tx.select().from(articleLive).where(eq(articleLive.articleId, input.articleId)).get();
    if (existing && existing.endedAt === null) return { ok: false, reason: 'already_live' };
    if (existing) {
      // The change counter moves so pollers that saw the end learn the page is open again.
      tx.update(articleLive)
        .set({ endedAt: null, changeSeq: sql`${articleLive.changeSeq} + 1` })
        .where(eq(articleLive.articleId, input.articleId))
        .run();
    } else {
      tx.insert(articleLive).values({ articleId: input.articleId, startedAt: now, startedBy: input.userId }).run();
    }
    return { ok: true, tags: tagsForScopes(readArticleCacheScope(tx, input.articleId)) };
  });
}

/** Ends live coverage ("Kết thúc tường thuật"): the page becomes a normal article that keeps its posts. */
export function endLive(input: { articleId: number; now?: Date }): LiveSwitch {
  const now = input.now ?? new Date();
  return db.transaction((tx): LiveSwitch => {
    const ended = tx
      .update(articleLive)
      .set({ endedAt: now, changeSeq: sql`${articleLive.changeSeq} + 1` })
      .where(and(eq(articleLive.articleId, input.articleId), isNull(articleLive.endedAt)))
      .run().changes;
    if (ended === 0) return { ok: false, reason: 'not_live' };
    return { ok: true, tags: tagsForScopes(readArticleCacheScope(tx, input.articleId)) };
  });
}
