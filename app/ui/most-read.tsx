import { ReaderLink } from './reader-link';
import { getMostRead } from '@/lib/data/public-pages';

type Props = {
  /** A front names the block itself, and may hide the name (it stays the block's accessible name). */
  title?: string;
  showTitle?: boolean;
  headingId?: string;
};

/** "Đọc nhiều": the most-read articles of the last 24 hours and 7 days. */
export async function MostRead({ title = 'Đọc nhiều', showTitle = true, headingId = 'doc-nhieu' }: Props) {
  const { day, week } = await getMostRead();
  if (day.length === 0 && week.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="most-read">
      <h2 id={headingId} className={showTitle ? 'block-title' : 'visually-hidden'}>
        {title}
      </h2>
      {[
        { label: '24 giờ qua', items: day },
        { label: '7 ngày qua', items: week },
      ]
        .filter((list) => list.items.length > 0)
        .map((list) => (
          <div key={list.label}>
            <h3 className="most-read-period">{list.label}</h3>
            <ol>
              {list.items.map((item) => (
                <li key={item.id}>
                  <ReaderLink href={item.path}>{item.title}</ReaderLink>
                </li>
              ))}
            </ol>
          </div>
        ))}
    </section>
  );
}
