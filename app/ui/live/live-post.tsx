import type { LivePost } from '@/lib/data/live/reads';
import { formatClockTime, formatShortDate } from '@/lib/vi/time';
import { ArticleBody } from '../article-body';

/** The anchor of a post on the article page, shareable as `#post-{id}`. */
export const postAnchor = (id: number) => `post-${id}`;

type Props = { post: LivePost; /** The pinned copy at the top carries no anchor: the one in the stream does. */ anchored?: boolean };

/**
 * One live post: time, optional title, the structured body and its writer. Plain elements only:
 * the poll endpoint renders it to static markup for the page's script to insert.
 */
export function LivePostView({ post, anchored = true }: Props) {
  const at = new Date(post.publishedAt);
  return (
    <article id={anchored ? postAnchor(post.id) : undefined} className={post.keyEvent ? 'live-post is-key' : 'live-post'} data-post={post.id}>
      <header className="live-post-meta">
        <a href={`#${postAnchor(post.id)}`} className="live-post-time">
          <time dateTime={post.publishedAt} title={formatShortDate(at)}>
            {formatClockTime(at).slice(0, 5)}
          </time>
        </a>
        {post.keyEvent && <span className="live-post-flag">Diễn biến chính</span>}
      </header>
      {post.title && <h3 className="live-post-title">{post.title}</h3>}
      <ArticleBody blocks={post.body.content} figureMedia={post.figureMedia} photos="inline" />
      {post.author && <p className="live-post-author">{post.author}</p>}
    </article>
  );
}

/** A page of posts, newest first, then the plain "Xem thêm" link to older ones (it needs no JavaScript). */
export function LivePostList({ posts, olderBefore, articlePath }: { posts: LivePost[]; olderBefore: number | null; articlePath: string }) {
  return (
    <>
      <ol className="live-posts" aria-label="Các cập nhật">
        {posts.map((post) => (
          <li key={post.id}>
            <LivePostView post={post} />
          </li>
        ))}
      </ol>
      {olderBefore !== null && (
        <p className="live-more">
          <a href={`${articlePath}?truoc=${olderBefore}`}>Xem thêm</a>
        </p>
      )}
    </>
  );
}
