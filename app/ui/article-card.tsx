import Link from 'next/link';
import type { ArticleSummary } from '@/lib/data/dto';
import { NewsTime } from './news-time';

type Props = { article: ArticleSummary; headingLevel?: 2 | 3; showLead?: boolean; showSection?: boolean };

export function ArticleCard({ article, headingLevel = 3, showLead = true, showSection = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      {showSection && (
        <Link className="card-section" href={article.section.path}>
          {article.section.name}
        </Link>
      )}
      <Heading className="card-title">
        <Link href={article.path}>{article.title}</Link>
      </Heading>
      <p className="card-meta">
        <NewsTime iso={article.publishedAt} short />
      </p>
      {showLead && article.lead && <p className="card-lead">{article.lead}</p>}
    </article>
  );
}
