import Link from 'next/link';
import type { ArticleSummary } from '@/lib/data/dto';
import { ArticlePhoto } from './article-photo';
import { NewsTime } from './news-time';

// A tile sits in a grid (photo above the text, a thumbnail beside it on phones); a row in a
// one-column list (thumbnail beside the text). `sizes` follows the widths in app/globals.css, which
// holds the cards' rules: a module of their own cost every page a second stylesheet request.
const LAYOUTS = {
  tile: { className: 'card-tile', sizes: '(min-width: 1000px) 360px, (min-width: 560px) 60vw, 120px' },
  row: { className: 'card-row', sizes: '(min-width: 760px) 224px, 30vw' },
};

type Props = {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  showLead?: boolean;
  showSection?: boolean;
  layout?: keyof typeof LAYOUTS;
  /** The first card of a listing, above the fold: its photo is fetched at once. */
  priority?: boolean;
};

export function ArticleCard({ article, headingLevel = 3, showLead = true, showSection = false, layout = 'row', priority = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { className, sizes } = LAYOUTS[layout];
  return (
    <article className={article.photo ? `card ${className}` : 'card'}>
      <div>
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
      </div>
      {article.photo && <ArticlePhoto photo={article.photo} sizes={sizes} className="card-photo" priority={priority} />}
    </article>
  );
}

/** Cards side by side; however many there are, no row ends in an empty column (see .card-grid). */
export function CardGrid({ children }: { children: React.ReactNode }) {
  return <div className="card-grid">{children}</div>;
}
