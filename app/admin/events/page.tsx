import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { listEventsForAdmin } from '@/lib/data/events';
import { formatShortDate } from '@/lib/vi/time';
import { EventForm } from './_components/event-form';

export const metadata: Metadata = { title: 'Sự kiện' };

type Props = { searchParams: Promise<{ 'da-xoa'?: string | string[] }> };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Events: the list, newest change first, and the form that creates one. */
export default async function EventsPage({ searchParams }: Props) {
  await requireCapabilityPage('event:manage');
  const deleted = (await searchParams)['da-xoa'];
  const events = listEventsForAdmin();
  return (
    <>
      <h1>Sự kiện</h1>
      {typeof deleted === 'string' && SLUG.test(deleted) ? (
        <p role="status" className="admin-message admin-message-success">
          Đã xóa sự kiện /su-kien/{deleted}.
        </p>
      ) : null}
      <section aria-labelledby="danh-sach-su-kien">
        <h2 id="danh-sach-su-kien">Danh sách sự kiện</h2>
        {events.length === 0 ? (
          <p>Chưa có sự kiện nào.</p>
        ) : (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Tên</th>
                <th scope="col">Đường dẫn</th>
                <th scope="col">Số bài</th>
                <th scope="col">Sắp xếp</th>
                <th scope="col">Sửa lần cuối</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>
                    <AdminLink href={`/admin/events/${event.id}`}>{event.name}</AdminLink>
                  </td>
                  <td data-label="Đường dẫn">/su-kien/{event.slug}</td>
                  <td data-label="Số bài">{event.members}</td>
                  <td data-label="Sắp xếp">{event.ordering === 'manual' ? 'Sắp xếp tay' : 'Theo thời gian'}</td>
                  <td data-label="Sửa lần cuối">{formatShortDate(new Date(event.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="tao-su-kien">
        <h2 id="tao-su-kien">Tạo sự kiện</h2>
        <EventForm />
      </section>
    </>
  );
}
