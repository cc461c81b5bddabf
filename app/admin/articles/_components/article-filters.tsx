import type { Section } from '@/lib/data/dto';
import { ARTICLE_STATUSES } from '@/lib/domain/article-status';
import { sortByVietnamese } from '@/lib/vi/collation';
import { FilterSelect, sectionChoices } from '@/app/admin/_components/choices';
import { STATUS_LABELS } from '@/app/admin/_components/status-labels';
import type { ArticleListQuery } from './list-query';

type Props = {
  query: ArticleListQuery;
  sections: readonly Section[];
  authors: { id: number; name: string }[] | null;
};

const STATUS_CHOICES = ARTICLE_STATUSES.map((status) => ({
  id: status,
  name: STATUS_LABELS[status],
}));

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ArticleFilters({ query, sections, authors }: Props) {
  return (
    <form method="get" className="admin-inline-form" role="search" aria-label="Lọc bài viết">
      <label>
        Tìm bài
        <input type="search" name="q" defaultValue={query.q} />
      </label>
      <FilterSelect
        label="Trạng thái"
        name="trang-thai"
        value={query.status}
        choices={STATUS_CHOICES}
      />
      <FilterSelect
        label="Chuyên mục"
        name="chuyen-muc"
        value={query.sectionId}
        choices={sectionChoices(sections)}
      />
      {authors && (
        <FilterSelect
          label="Người viết"
          name="nguoi-viet"
          value={query.authorId}
          choices={sortByVietnamese(authors, (author) => author.name)}
        />
      )}
      {query.needsHeadline && <input type="hidden" name="can-tieu-de" value="1" />}
      <button type="submit">Lọc</button>
    </form>
  );
}
