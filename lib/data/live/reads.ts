import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articleLive, articles, authors, livePosts, media, users } from '@/db/schema';
import { bodyPhotoIds, type ArticleBody } from '@/lib/article-body/schema';
import { isPublic } from '@/lib/data/articles/public-reads';
import type { FigureMedia } from '@/lib/data/dto';
import { EMPTY_BODY, readStoredBody } from '@/lib/data/stored-body';
import { mediaUrl } from '@/lib/media/url';
import { mediaSrcSet } from '@/lib/media/variants';

export type LivePost = {
  id: number;
  title: string | null;
  body: ArticleBody;
  figureMedia: Record<number, FigureMedia>;
  keyEvent: boolean;
  pinned: boolean;
  /** ISO; when readers first saw it (a draft: when it was written). */
  publishedAt: string;
  updatedAt: string;
  author: string | null;
};

export type NewsroomLivePost = LivePost & { status: 'published' | 'draft'; version: number; createdBy: number | null };

export const LIVE_PAGE_SIZE = 10;
/** The most changes one poll answers; a reader further behind asks again from the last one. */
export const LIVE_POLL_LIMIT = 50;

const postColumns = {
  id: livePosts.id,
  title: livePosts.title,
  body: sql<string>`${livePosts.body}`,
  keyEvent: livePosts.keyEvent,
  pinned: livePosts.pinned,
  publishedAt: livePosts.publishedAt,
  createdAt: livePosts.createdAt,
  updatedAt: livePosts.updatedAt,
  author: sql<string | null>`coalesce(${authors.name}, ${users.name})`,
  status: livePosts.status,
  version: livePosts.version,
  createdBy: livePosts.createdBy,
};

type PostRow = {
  id: number;
  title: string | null;
  body: string;
  keyEvent: boolean;
  pinned: boolean;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  author: string | null;
  status: 'published' | 'draft';
  version: number;
  createdBy: number | null;
};

function postsQuery() {
  return db
    .select(postColumns)
    .from(livePosts)
    .leftJoin(authors, eq(authors.id, livePosts.authorId))
    .leftJoin(users, eq(users.id, livePosts.createdBy));
}

/** Shapes rows, reading the photos their bodies show in one query. */
function toPosts(rows: PostRow[]): NewsroomLivePost[] {
  const posts = rows.map((row) => ({ ...row, body: readStoredBody(row.body, row.id) ?? EMPTY_BODY }));
  const mediaIds = posts.flatMap((post) =>
    post.body.content.flatMap((block) => (block.type === 'figure' && block.attrs.mediaId !== null ? [block.attrs.mediaId] : [])),
  );
  const photos = new Map(
    (mediaIds.length ? db.select().from(media).where(inArray(media.id, mediaIds)).all() : []).map((m) => [
      m.id,
      { src: mediaUrl(m.path), srcSet: mediaSrcSet(m), width: m.width, height: m.height, alt: m.alt, caption: m.caption, credit: m.credit },
    ]),
  );
  return posts.map((post): NewsroomLivePost => {
    const figureMedia: Record<number, FigureMedia> = {};
    for (const block of post.body.content) {
      const photo = block.type === 'figure' && block.attrs.mediaId !== null ? photos.get(block.attrs.mediaId) : undefined;
      if (photo && block.type === 'figure') figureMedia[block.attrs.mediaId!] = photo;
    }
    return {
      id: post.id,
      title: post.title,
      body: post.body,
      figureMedia,
      keyEvent: post.keyEvent,
      pinned: post.pinned,
      publishedAt: (post.publishedAt ?? post.createdAt).toISOString(),
      updatedAt: post.updatedAt.toISOString(),
      author: post.author,
      status: post.status,
      version: post.version,
      createdBy: post.createdBy,
    };
  });
}

/** What readers may see of a post: not its status, version or writer's account. */
function forReaders({ status: _status, version: _version, createdBy: _createdBy, ...post }: NewsroomLivePost): LivePost {
  return post;
}

const onPage = (articleId: number): SQL =>
  and(eq(livePosts.articleId, articleId), eq(livePosts.status, 'published'), isNull(livePosts.deletedAt))!;

export type LivePage = {
  startedAt: string;
  endedAt: string | null;
  /** The change counter readers poll from. */
  changeSeq: number;
  posts: LivePost[];
  /** The post "Xem thêm" continues before, when there are older posts. */
  olderBefore: number | null;
  keyEvents: { id: number; title: string; publishedAt: string }[];
  pinned: LivePost | null;
};

/**
 * A public article's live coverage: its posts newest first (those before `beforePostId` when
 * given), key events and the pinned post; null when the article is not public or never was live.
 */
export function getLivePage(articleId: number, beforePostId?: number, pageSize = LIVE_PAGE_SIZE): LivePage | null {
  const live = db
    .select({ startedAt: articleLive.startedAt, endedAt: articleLive.endedAt, changeSeq: articleLive.changeSeq })
    .from(articleLive)
    .innerJoin(articles, eq(articles.id, articleLive.articleId))
    .where(and(eq(articleLive.articleId, articleId), isPublic())!)
    .get();
  if (!live) return null;
  const cursor =
    beforePostId === undefined
      ? undefined
      : db.select({ at: livePosts.publishedAt }).from(livePosts).where(and(onPage(articleId), eq(livePosts.id, beforePostId))!).get();
  if (beforePostId !== undefined && !cursor?.at) return null;
  const older = cursor?.at
    ? or(lt(livePosts.publishedAt, cursor.at), and(eq(livePosts.publishedAt, cursor.at), lt(livePosts.id, beforePostId!)))
    : undefined;
  const rows = postsQuery()
    .where(and(onPage(articleId), older))
    .orderBy(desc(livePosts.publishedAt), desc(livePosts.id))
    .limit(pageSize + 1)
    .all();
  const posts = toPosts(rows.slice(0, pageSize)).map(forReaders);
  const keyEvents = db
    .select({ id: livePosts.id, title: livePosts.title, body: sql<string>`${livePosts.body}`, publishedAt: livePosts.publishedAt })
    .from(livePosts)
    .where(and(onPage(articleId), eq(livePosts.keyEvent, true)))
    .orderBy(desc(livePosts.publishedAt), desc(livePosts.id))
    .all()
    .map((row) => ({ id: row.id, title: row.title || firstWords(row.body, row.id), publishedAt: row.publishedAt!.toISOString() }));
  const [pinned] = toPosts(postsQuery().where(and(onPage(articleId), eq(livePosts.pinned, true))).limit(1).all()).map(forReaders);
  return {
    startedAt: live.startedAt.toISOString(),
    endedAt: live.endedAt?.toISOString() ?? null,
    changeSeq: live.changeSeq,
    posts,
    olderBefore: rows.length > pageSize ? (posts.at(-1)?.id ?? null) : null,
    keyEvents,
    pinned: pinned ?? null,
  };
}

/** How many posts a live page's feed carries. */
export const LIVE_FEED_SIZE = 50;

/** A post as its feed item shows it: with its first photo's stored original, the largest size kept, for the enclosure. */
export type LiveFeedPost = LivePost & { photo: { src: string; mimeType: string; bytes: number } | null };

export type LiveFeed = { posts: LiveFeedPost[]; changedAt: string };

/** Each post's first photo (figure or gallery) as an enclosure names it: URL, type and byte length, in one query. */
function withFeedPhotos(posts: LivePost[]): LiveFeedPost[] {
  const firstPhotos = new Map(posts.map((post) => [post.id, bodyPhotoIds(post.body)[0]]));
  const ids = [...new Set([...firstPhotos.values()].filter((id) => id !== undefined))];
  const files = new Map(
    (ids.length ? db.select({ id: media.id, path: media.path, mimeType: media.mimeType, bytes: media.bytes }).from(media).where(inArray(media.id, ids)).all() : []).map(
      (file) => [file.id, { src: mediaUrl(file.path), mimeType: file.mimeType, bytes: file.bytes }],
    ),
  );
  return posts.map((post) => {
    const photoId = firstPhotos.get(post.id);
    return { ...post, photo: (photoId !== undefined && files.get(photoId)) || null };
  });
}

/**
 * A public live page's newest posts for its RSS feed, and when readers last saw anything of it
 * change: the start, the end, or a post published, edited or deleted (a deletion changes the feed
 * too, so it is read from every published row, deleted ones included). Null as for getLivePage.
 */
export function getLiveFeed(articleId: number, limit = LIVE_FEED_SIZE): LiveFeed | null {
  const page = getLivePage(articleId, undefined, limit);
  if (!page) return null;
  const lastPostChange = db
    .select({ at: sql<number | null>`max(${livePosts.updatedAt})` })
    .from(livePosts)
    .where(and(eq(livePosts.articleId, articleId), eq(livePosts.status, 'published')))
    .get()?.at;
  const changes = [page.startedAt, page.endedAt, lastPostChange == null ? null : new Date(lastPostChange).toISOString()];
  const changedAt = changes.filter((at): at is string => at !== null).sort().at(-1)!;
  return { posts: withFeedPhotos(page.posts), changedAt };
}

// A key event without a title is listed by the start of its text.
function firstWords(json: string, id: number): string {
  const body = readStoredBody(json, id) ?? EMPTY_BODY;
  const text = body.content
    .flatMap((block) => (block.type === 'paragraph' ? (block.content ?? []) : []))
    .map((node) => (node.type === 'text' ? node.text : ' '))
    .join('')
    .trim();
  return text.length > 90 ? `${text.slice(0, 90).replace(/\s+\S*$/, '')}…` : text;
}

export type LiveChanges = {
  /** Posts readers should show or replace, oldest change first. */
  posts: LivePost[];
  /** Posts to take off the page. */
  removed: number[];
  /** The counter to poll from next. */
  changeSeq: number;
  endedAt: string | null;
};

/**
 * What changed on a public live page after change `afterSeq`: new, edited, approved and deleted
 * posts, read through the (article_id, change_seq) index in one query. Null when the article is
 * not public or not a live page.
 */
export function getLiveChanges(articleId: number, afterSeq: number): LiveChanges | null {
  const rows = db
    .select({
      liveSeq: articleLive.changeSeq,
      endedAt: articleLive.endedAt,
      ...postColumns,
      changeSeq: livePosts.changeSeq,
      deletedAt: livePosts.deletedAt,
    })
    .from(articleLive)
    .innerJoin(articles, eq(articles.id, articleLive.articleId))
    .leftJoin(
      livePosts,
      and(eq(livePosts.articleId, articleLive.articleId), gt(livePosts.changeSeq, afterSeq), eq(livePosts.status, 'published')),
    )
    .leftJoin(authors, eq(authors.id, livePosts.authorId))
    .leftJoin(users, eq(users.id, livePosts.createdBy))
    .where(and(eq(articleLive.articleId, articleId), isPublic())!)
    .orderBy(asc(livePosts.changeSeq))
    .limit(LIVE_POLL_LIMIT)
    .all();
  const [first] = rows;
  if (!first) return null;
  const changed = rows.filter((row): row is typeof row & PostRow & { changeSeq: number } => row.id !== null);
  const full = changed.length === LIVE_POLL_LIMIT;
  return {
    posts: toPosts(changed.filter((row) => row.deletedAt === null)).map(forReaders),
    removed: changed.filter((row) => row.deletedAt !== null).map((row) => row.id),
    changeSeq: full ? changed.at(-1)!.changeSeq : Math.max(first.liveSeq, afterSeq),
    endedAt: first.endedAt?.toISOString() ?? null,
  };
}

/** Every post of a live page for the newsroom, drafts first, then newest first. */
export function listNewsroomLivePosts(articleId: number, limit = 200): NewsroomLivePost[] {
  return toPosts(
    postsQuery()
      .where(and(eq(livePosts.articleId, articleId), isNull(livePosts.deletedAt)))
      .orderBy(desc(sql`${livePosts.status} = 'draft'`), desc(sql`coalesce(${livePosts.publishedAt}, ${livePosts.createdAt})`), desc(livePosts.id))
      .limit(limit)
      .all(),
  );
}
