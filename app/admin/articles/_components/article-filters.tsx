import { ARTICLE_STATUSES } from '@/lib/domain/article-status';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import type { ArticleListQuery } from './list-query';

type Props = {
  query: ArticleListQuery;
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[] | null;
};

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ArticleFilters({ query, sections, authors }: Props) {
  return (
    <form method="get" className="admin-inline-form" role="search" aria-label="Lọc bài viết">
      <label>
        Tìm theo tiêu đề
        <input type="search" name="q" defaultValue={query.q} />
      </label>
      <label>
        Trạng thái
        <select name="trang-thai" defaultValue={query.status ?? ''}>
          <option value="">Tất cả</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Chuyên mục
        <select name="chuyen-muc" defaultValue={query.sectionId ?? ''}>
          <option value="">Tất cả</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {authors && (
        <label>
          Người viết
          <select name="nguoi-viet" defaultValue={query.authorId ?? ''}>
            <option value="">Tất cả</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {query.needsHeadline && <input type="hidden" name="can-tieu-de" value="1" />}
      <button type="submit">Lọc</button>
    </form>
  );
}
