import type { Metadata } from 'next';
import { AdminLink } from '@/app/admin/_components/admin-link';
import { NewsTime } from '@/app/ui/news-time';
import { ARTICLE_STATUSES } from '@/lib/domain/article-status';
import { can } from '@/lib/domain/capabilities';
import { requireStaffPage } from '@/lib/auth/guard';
import { getDashboardSummary } from '@/lib/data/dashboard';
import { STATUS_LABELS } from './_components/status-labels';
import { ScheduledNext } from './articles/_components/scheduled-next';

export const metadata: Metadata = { title: 'Tổng quan' };

export default async function DashboardPage() {
  const user = await requireStaffPage();
  // Reporters see their own work; the desk sees everything.
  const deskWide = can(user, 'article:publish');
  const summary = getDashboardSummary(deskWide ? {} : { createdBy: user.id });
  return (
    <>
      <h1>Tổng quan</h1>
      <section aria-labelledby="so-lieu">
        <h2 id="so-lieu">{deskWide ? 'Bài viết theo trạng thái' : 'Bài viết của bạn theo trạng thái'}</h2>
        <dl className="admin-stats">
          {ARTICLE_STATUSES.map((status) => (
            <div key={status}>
              <dt>{STATUS_LABELS[status]}</dt>
              <dd>{summary.counts[status]}</dd>
            </div>
          ))}
          <div>
            <dt>Cần đặt tít</dt>
            <dd>{summary.needsHeadline}</dd>
          </div>
        </dl>
      </section>
      {deskWide && <ScheduledNext />}
      <section aria-labelledby="cho-duyet">
        <h2 id="cho-duyet">Bài mới chờ duyệt</h2>
        {summary.waitingForReview.length === 0 ? (
          <p>Không có bài nào đang chờ duyệt.</p>
        ) : (
          <ul>
            {summary.waitingForReview.map((item) => (
              <li key={item.id}>
                <AdminLink href={`/admin/articles/${item.id}`}>{item.title}</AdminLink> — {item.sectionName}
                {item.authorName ? `, ${item.authorName}` : ''} · <NewsTime iso={item.updatedAt} short />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
