import 'server-only';
import { and, eq, isNull, lt, ne, gte } from 'drizzle-orm';
import { db } from '@/db';
import { articlePresence, users } from '@/db/schema';

// Who has an article open in the editor. Each open editor (a browser tab: `clientId`) sends a
// heartbeat every few seconds; a tab not heard from for PRESENCE_TTL_MS has left. "Tiếp quản"
// marks the other tabs as taken over, and their next heartbeat tells them who took the article.
// This is courtesy, not a lock: saves are still refused on a stale version (ADR 9).

/** A tab silent this long has closed, crashed or lost its network; at a 5 s heartbeat, 4 misses. */
export const PRESENCE_TTL_MS = 20_000;

export type PresenceState = {
  /** Other people with the article open and not taken over, one entry per person. */
  others: { userId: number; name: string }[];
  /** Who took the article over from this tab, if anyone did. */
  takenOverBy: { userId: number; name: string } | null;
};

// A tab's row stays its own person's, whatever client id another request names.
const sameUser = (userId: number) => eq(articlePresence.userId, userId);

type Visit = { articleId: number; clientId: string; userId: number; now?: Date };

function stateFor(tx: Pick<typeof db, 'select'>, { articleId, clientId, userId }: Visit, now: Date): PresenceState {
  const fresh = new Date(now.getTime() - PRESENCE_TTL_MS);
  const rows = tx
    .select({ userId: articlePresence.userId, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(
      and(
        eq(articlePresence.articleId, articleId),
        ne(articlePresence.clientId, clientId),
        ne(articlePresence.userId, userId),
        isNull(articlePresence.takenOverBy),
        gte(articlePresence.seenAt, fresh),
      ),
    )
    .all();
  const others = [...new Map(rows.map((r) => [r.userId, r])).values()];
  const own = tx
    .select({ userId: users.id, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.takenOverBy))
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.clientId, clientId)))
    .get();
  return { others, takenOverBy: own ?? null };
}

/** Records that this tab still has the article open; answers who else has, and whether it was taken over. */
export function recordPresence(visit: Visit): PresenceState {
  const now = visit.now ?? new Date();
  return db.transaction((tx) => {
    tx.delete(articlePresence)
      .where(and(eq(articlePresence.articleId, visit.articleId), lt(articlePresence.seenAt, new Date(now.getTime() - PRESENCE_TTL_MS))))
      .run();
    tx.insert(articlePresence)
      .values({ articleId: visit.articleId, clientId: visit.clientId, userId: visit.userId, seenAt: now })
      .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.clientId], set: { seenAt: now }, setWhere: sameUser(visit.userId) })
      .run();
    return stateFor(tx, visit, now);
  });
}

/** This tab takes the article over: every other open tab is told so on its next heartbeat. */
export function takeOverArticle(visit: Visit): PresenceState {
  const now = visit.now ?? new Date();
  return db.transaction((tx) => {
    tx.update(articlePresence)
      .set({ takenOverBy: visit.userId })
      .where(and(eq(articlePresence.articleId, visit.articleId), ne(articlePresence.clientId, visit.clientId)))
      .run();
    tx.insert(articlePresence)
      .values({ articleId: visit.articleId, clientId: visit.clientId, userId: visit.userId, seenAt: now })
      .onConflictDoUpdate({
        target: [articlePresence.articleId, articlePresence.clientId],
        set: { seenAt: now, takenOverBy: null },
        setWhere: sameUser(visit.userId),
      })
      .run();
    return stateFor(tx, visit, now);
  });
}

/** The tab closed the article (its own row only: a client id is never someone else's). */
export function leaveArticle(visit: Omit<Visit, 'now'>): void {
  db.delete(articlePresence)
    .where(
      and(
        eq(articlePresence.articleId, visit.articleId),
        eq(articlePresence.clientId, visit.clientId),
        eq(articlePresence.userId, visit.userId),
      ),
    )
    .run();
}
