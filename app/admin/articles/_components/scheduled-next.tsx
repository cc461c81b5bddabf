import { AdminLink } from '@/app/admin/_components/admin-link';
import { listScheduledNext } from '@/lib/data/articles/schedule';
import { formatScheduleTime } from '@/lib/vi/time';

/** What goes live next, soonest first, with its time in Vietnam. */
export function ScheduledNext({ limit = 5 }: { limit?: number }) {
  const items = listScheduledNext(limit);
  return (
    <section aria-labelledby="sap-dang">
      <h2 id="sap-dang">Sắp đăng theo hẹn giờ</h2>
      {items.length === 0 ? (
        <p>Không có bài nào đang hẹn giờ.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              {formatScheduleTime(item.scheduledAt)} — <AdminLink href={item.adminPath}>{item.title}</AdminLink> ({item.section})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
