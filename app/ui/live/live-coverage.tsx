import type { LivePage } from '@/lib/data/live/reads';
import { formatClockTime } from '@/lib/vi/time';
import { LivePostList, LivePostView, postAnchor } from './live-post';
import { LiveUpdates } from './live-updates';

type Props = { articleId: number; path: string; live: LivePage };

/**
 * An article's live coverage under its summary (headline, lead, body): state, "Diễn biến chính",
 * the pinned post, then posts newest first with "Xem thêm" as a plain link. Readable without
 * JavaScript; with it, LiveUpdates brings new posts in.
 */
export function LiveCoverage({ articleId, path, live }: Props) {
  const open = live.endedAt === null;
  return (
    <section className="live-coverage" aria-labelledby="tuong-thuat">
      <h2 id="tuong-thuat" className="live-heading">
        {open ? <span className="live-badge">Trực tiếp</span> : <span className="live-badge is-ended">Đã kết thúc</span>}{' '}
        Tường thuật
      </h2>
      {live.keyEvents.length > 0 && (
        <nav aria-labelledby="dien-bien-chinh" className="live-key-events">
          <h3 id="dien-bien-chinh">Diễn biến chính</h3>
          <ul>
            {live.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={`${path}#${postAnchor(event.id)}`}>
                  <time dateTime={event.publishedAt}>{formatClockTime(new Date(event.publishedAt)).slice(0, 5)}</time> {event.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {live.pinned && (
        <aside aria-label="Cập nhật được ghim" className="live-pinned">
          <p className="live-pinned-label">Được ghim</p>
          <LivePostView post={live.pinned} anchored={false} />
        </aside>
      )}
      <div className="live-stream">
        {open && <LiveUpdates articleId={articleId} changeSeq={live.changeSeq} />}
        <LivePostList posts={live.posts} olderBefore={live.olderBefore} articlePath={path} />
        {live.posts.length === 0 && <p>Chưa có cập nhật nào.</p>}
      </div>
    </section>
  );
}
