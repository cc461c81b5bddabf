import Link from 'next/link';
import { getMostRead } from '@/lib/data/public-pages';

/** "Đọc nhiều": the most-read articles of the last 24 hours and 7 days. */
export async function MostRead() {
  const { day, week } = await getMostRead();
  if (day.length === 0 && week.length === 0) return null;
  return (
    <section aria-labelledby="doc-nhieu" className="most-read">
      <h2 id="doc-nhieu" className="block-title">
        Đọc nhiều
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
                  <Link href={item.path}>{item.title}</Link>
                </li>
              ))}
            </ol>
          </div>
        ))}
    </section>
  );
}
