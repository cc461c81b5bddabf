import type { ArticleSummary } from '@/lib/data/dto';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';

type Props = {
  title: string;
  description?: string | null;
  basePath: string;
  articles: ArticleSummary[];
  page: number;
  total: number;
  pageSize: number;
  children?: React.ReactNode;
  /** Shown under the title, above the list (a section's front); the list then gets a heading of its own. */
  lead?: { content: React.ReactNode; listTitle: string };
};

/** A titled, paginated list of articles: sections, tags and authors all read this way. */
export function ArticleList({ title, description, basePath, articles, page, total, pageSize, children, lead }: Props) {
  return (
    <div className="listing">
      {children}
      <h1 className="listing-title">{title}</h1>
      {description && <p className="listing-description">{description}</p>}
      {lead?.content}
      {lead && articles.length > 0 && <h2 className="block-title">{lead.listTitle}</h2>}
      {articles.length === 0 ? (
        <p>Chưa có bài viết nào.</p>
      ) : (
        <div className="card-list">
          {articles.map((article, index) => (
            <ArticleCard key={article.id} article={article} headingLevel={lead ? 3 : 2} priority={!lead && index === 0} />
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / pageSize)} href={(n) => (n === 1 ? basePath : `${basePath}?trang=${n}`)} />
    </div>
  );
}
