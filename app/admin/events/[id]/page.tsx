import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { notFound } from 'next/navigation';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { getEventForAdmin, searchArticlesToAttach, type AdminEventMember } from '@/lib/data/events';
import { formatShortDate } from '@/lib/vi/time';
import { attachEventArticleAction, deleteEventAction, detachEventArticleAction, moveEventArticleAction } from '../actions';
import { EventForm } from '../_components/event-form';
import { MemberButton } from '../_components/member-button';

export const metadata: Metadata = { title: 'Sửa sự kiện' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> };

const when = (article: { publishedAt: string | null }) => (article.publishedAt ? formatShortDate(new Date(article.publishedAt)) : 'chưa đăng');

/** One event: its fields, its articles in the page's order (Lên/Xuống in hand order, Bỏ khỏi sự kiện), and a search to add more. */
export default async function EditEventPage({ params, searchParams }: Props) {
  await requireCapabilityPage('event:manage');
  const id = Number((await params).id);
  const event = Number.isSafeInteger(id) && id > 0 ? getEventForAdmin(id) : null;
  if (!event) notFound();
  const rawQuery = (await searchParams).q;
  const query = typeof rawQuery === 'string' ? rawQuery.slice(0, 80) : '';
  const candidates = searchArticlesToAttach(event.id, query);
  const manual = event.ordering === 'manual';
  const moveButtons = (member: AdminEventMember, index: number) => (
    <>
      <MemberButton
        action={moveEventArticleAction}
        fields={{ id: event.id, articleId: member.id, direction: 'up' }}
        label="Lên"
        name={`Đưa lên: ${member.title}`}
        disabled={index === 0}
      />
      <MemberButton
        action={moveEventArticleAction}
        fields={{ id: event.id, articleId: member.id, direction: 'down' }}
        label="Xuống"
        name={`Đưa xuống: ${member.title}`}
        disabled={index === event.members.length - 1}
      />
    </>
  );
  return (
    <>
      <p>
        <AdminLink href="/admin/events">‹ Sự kiện</AdminLink>
      </p>
      <h1>Sự kiện: {event.name}</h1>
      <p>
        Trang bạn đọc: <a href={`/su-kien/${event.slug}`}>/su-kien/{event.slug}</a> (có khi sự kiện có ít nhất một bài đã đăng)
      </p>
      <section aria-labelledby="thong-tin-su-kien">
        <h2 id="thong-tin-su-kien">Thông tin</h2>
        <EventForm event={event} />
      </section>
      <section aria-labelledby="bai-trong-su-kien">
        <h2 id="bai-trong-su-kien">Bài trong sự kiện ({event.members.length})</h2>
        <p>{manual ? 'Thứ tự do tòa soạn sắp: bài trên cùng đứng đầu trang sự kiện.' : 'Bài mới đăng nhất đứng đầu. Chọn “Sắp xếp tay” để tự đổi thứ tự.'}</p>
        {event.members.length === 0 ? (
          <p>Chưa có bài nào.</p>
        ) : (
          <ol className="event-members" aria-label="Bài trong sự kiện">
            {event.members.map((member, index) => (
              <li key={member.id}>
                <AdminLink href={`/admin/articles/${member.id}`}>{member.title}</AdminLink> · {STATUS_LABELS[member.status]} · {when(member)}
                <span className="admin-inline-form">
                  {manual ? moveButtons(member, index) : null}
                  <MemberButton
                    action={detachEventArticleAction}
                    fields={{ id: event.id, articleId: member.id }}
                    label="Bỏ khỏi sự kiện"
                    name={`Bỏ khỏi sự kiện: ${member.title}`}
                  />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="them-bai">
        <h2 id="them-bai">Thêm bài</h2>
        <form role="search" aria-label="Tìm bài để thêm" className="admin-inline-form">
          <label htmlFor="event-article-query">Tìm bài theo tiêu đề hoặc mã số</label>
          <input id="event-article-query" name="q" type="search" defaultValue={query} />
          <button type="submit">Tìm bài</button>
        </form>
        {query ? (
          candidates.length === 0 ? (
            <p role="status">Không có bài nào khớp “{query}” ngoài các bài đã có.</p>
          ) : (
            <ul aria-label="Bài tìm được">
              {candidates.map((candidate) => (
                <li key={candidate.id}>
                  {candidate.title} · {STATUS_LABELS[candidate.status]} · {when(candidate)}
                  <MemberButton
                    action={attachEventArticleAction}
                    fields={{ id: event.id, articleId: candidate.id }}
                    label="Thêm vào sự kiện"
                    name={`Thêm vào sự kiện: ${candidate.title}`}
                  />
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>
      <section aria-labelledby="xoa-su-kien">
        <h2 id="xoa-su-kien">Xóa sự kiện</h2>
        <p>Các bài vẫn giữ nguyên; chỉ trang sự kiện và liên kết “Cùng sự kiện” mất đi.</p>
        <MemberButton
          action={deleteEventAction}
          fields={{ id: event.id }}
          label="Xóa sự kiện"
          name={`Xóa sự kiện ${event.name}`}
          confirm={{
            title: `Xóa sự kiện “${event.name}”?`,
            message: `${event.members.length} bài của sự kiện vẫn giữ nguyên, đã đăng thì vẫn đăng; chúng chỉ mất hộp “Cùng sự kiện”. Trang /su-kien/${event.slug} và nguồn RSS của nó trả về 404. Không thể hoàn tác; việc xóa được ghi vào nhật ký.`,
            confirmLabel: 'Xóa sự kiện',
          }}
        />
      </section>
    </>
  );
}
