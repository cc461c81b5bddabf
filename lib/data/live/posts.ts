import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articleLive, authors, livePostRevisions, livePosts } from '@/db/schema';
import type { ArticleBody } from '@/lib/article-body/schema';
import { cacheTags } from '@/lib/cache-tags';

// Each post is its own row, so editors posting at once never meet. Every change takes the next
// number of the article's change counter (article_live.change_seq) and stamps it on the post:
// readers poll for "changes after N" (reads.ts). A post changes the live page alone, so only the
// article's tag is expired: listings show the article, not its posts.

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type LivePostFields = { title: string | null; body: ArticleBody; keyEvent: boolean; pinned: boolean };

export type LivePostOutcome =
  | { ok: true; postId: number; status: 'published' | 'draft'; tags: string[] }
  | { ok: false; reason: 'not_live' | 'ended' | 'not_found' | 'conflict' | 'not_draft' };

function nextChange(tx: Tx, articleId: number): number {
  return tx
    .update(articleLive)
    .set({ changeSeq: sql`${articleLive.changeSeq} + 1` })
    .where(eq(articleLive.articleId, articleId))
    .returning({ seq: articleLive.changeSeq })
    .get()!.seq;
}

// One pinned post per page: pinning another unpins the one before, which readers must see too.
function unpinOthers(tx: Tx, articleId: number, postId: number): void {
  const others = tx
    .select({ id: livePosts.id })
    .from(livePosts)
    .where(and(eq(livePosts.articleId, articleId), eq(livePosts.pinned, true), ne(livePosts.id, postId)))
    .all();
  for (const other of others) {
    tx.update(livePosts).set({ pinned: false, changeSeq: nextChange(tx, articleId) }).where(eq(livePosts.id, other.id)).run();
  }
}

function keepRevision(tx: Tx, postId: number, version: number, fields: LivePostFields, userId: number | null): void {
  tx.insert(livePostRevisions).values({ postId, version, ...fields, createdBy: userId }).run();
}

/**
 * Adds a post to an open live page: published at once, or as a draft waiting for an editor
 * (a reporter's). Credited to the writer's author profile when they have one.
 */
export function addLivePost(input: {
  articleId: number;
  fields: LivePostFields;
  /** The writer; null for posts written by no account (the demo seed). */
  userId: number | null;
  asDraft: boolean;
  now?: Date;
}): LivePostOutcome {
  const now = input.now ?? new Date();
  return db.transaction((tx): LivePostOutcome => {
    const live = tx.select({ endedAt: articleLive.endedAt }).from(articleLive).where(eq(articleLive.articleId, input.articleId)).get();
    if (!live) return { ok: false, reason: 'not_live' };
    if (live.endedAt) return { ok: false, reason: 'ended' };
    const author = input.userId === null ? undefined : tx.select({ id: authors.id }).from(authors).where(eq(authors.userId, input.userId)).get();
    const status = input.asDraft ? 'draft' : 'published';
    const fields = { ...input.fields, pinned: input.fields.pinned && !input.asDraft };
    const post = tx
      .insert(livePosts)
      .values({
        articleId: input.articleId,
        ...fields,
        status,
        authorId: author?.id ?? null,
        createdBy: input.userId,
        publishedAt: input.asDraft ? null : now,
        changeSeq: nextChange(tx, input.articleId),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: livePosts.id })
      .get();
    if (fields.pinned) unpinOthers(tx, input.articleId, post.id);
    keepRevision(tx, post.id, 1, fields, input.userId);
    return { ok: true, postId: post.id, status, tags: input.asDraft ? [] : [cacheTags.article(input.articleId)] };
  });
}

/** The post as stored, for the actions' permission check; null when it is unknown or deleted. */
export function getLivePostOwner(postId: number): { articleId: number; createdBy: number | null; status: 'published' | 'draft' } | null {
  return (
    db
      .select({ articleId: livePosts.articleId, createdBy: livePosts.createdBy, status: livePosts.status })
      .from(livePosts)
      .where(and(eq(livePosts.id, postId), isNull(livePosts.deletedAt)))
      .get() ?? null
  );
}

/** Replaces a post's fields when `baseVersion` is still current; the old version stays in the revisions. */
export function editLivePost(input: { postId: number; baseVersion: number; fields: LivePostFields; userId: number; now?: Date }): LivePostOutcome {
  const now = input.now ?? new Date();
  return db.transaction((tx): LivePostOutcome => {
    const post = tx.select().from(livePosts).where(and(eq(livePosts.id, input.postId), isNull(livePosts.deletedAt))).get();
    if (!post) return { ok: false, reason: 'not_found' };
    if (post.version !== input.baseVersion) return { ok: false, reason: 'conflict' };
    const fields = { ...input.fields, pinned: input.fields.pinned && post.status === 'published' };
    const version = post.version + 1;
    tx.update(livePosts)
      .set({ ...fields, version, updatedAt: now, changeSeq: nextChange(tx, post.articleId) })
      .where(eq(livePosts.id, post.id))
      .run();
    if (fields.pinned) unpinOthers(tx, post.articleId, post.id);
    keepRevision(tx, post.id, version, fields, input.userId);
    return { ok: true, postId: post.id, status: post.status, tags: post.status === 'published' ? [cacheTags.article(post.articleId)] : [] };
  });
}

/** Puts a reporter's draft on the page, timed at its approval. */
export function approveLivePost(input: { postId: number; now?: Date }): LivePostOutcome {
  const now = input.now ?? new Date();
  return db.transaction((tx): LivePostOutcome => {
    const post = tx.select().from(livePosts).where(and(eq(livePosts.id, input.postId), isNull(livePosts.deletedAt))).get();
    if (!post) return { ok: false, reason: 'not_found' };
    if (post.status !== 'draft') return { ok: false, reason: 'not_draft' };
    const live = tx.select({ endedAt: articleLive.endedAt }).from(articleLive).where(eq(articleLive.articleId, post.articleId)).get();
    if (live?.endedAt) return { ok: false, reason: 'ended' };
    tx.update(livePosts)
      .set({ status: 'published', publishedAt: now, updatedAt: now, changeSeq: nextChange(tx, post.articleId) })
      .where(eq(livePosts.id, post.id))
      .run();
    return { ok: true, postId: post.id, status: 'published', tags: [cacheTags.article(post.articleId)] };
  });
}

/** Takes a post off the page; the row and its revisions stay, and pollers learn of the deletion. */
export function deleteLivePost(input: { postId: number; now?: Date }): LivePostOutcome {
  const now = input.now ?? new Date();
  return db.transaction((tx): LivePostOutcome => {
    const post = tx.select().from(livePosts).where(and(eq(livePosts.id, input.postId), isNull(livePosts.deletedAt))).get();
    if (!post) return { ok: false, reason: 'not_found' };
    tx.update(livePosts)
      .set({ deletedAt: now, pinned: false, updatedAt: now, changeSeq: nextChange(tx, post.articleId) })
      .where(eq(livePosts.id, post.id))
      .run();
    return { ok: true, postId: post.id, status: post.status, tags: post.status === 'published' ? [cacheTags.article(post.articleId)] : [] };
  });
}
