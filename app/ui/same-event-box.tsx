import { ReaderLink } from './reader-link';
import type { SameEventBox } from '@/lib/data/event-reads';
import type { Anchor } from './anchor';
import { NewsTime } from './news-time';

/** "Cùng sự kiện": for each event the article belongs to, its latest other stories and a link to the whole timeline. */
export function SameEventBoxes({ boxes, link: A = ReaderLink }: { boxes: SameEventBox[]; link?: Anchor }) {
  return boxes.map(({ event, articles }) => (
    <section key={event.id} aria-labelledby={`cung-su-kien-${event.id}`} className="same-event">
      <h2 id={`cung-su-kien-${event.id}`} className="block-title">
        Cùng sự kiện: <A href={event.path}>{event.name}</A>
      </h2>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <A href={article.path}>{article.title}</A> <NewsTime iso={article.publishedAt} short />
          </li>
        ))}
      </ul>
      <p>
        <A href={event.path}>Xem toàn bộ diễn biến</A>
      </p>
    </section>
  ));
}
