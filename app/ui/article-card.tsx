import { ReaderLink } from './reader-link';
import type { ArticleSummary } from '@/lib/data/dto';
import { ArticlePhoto } from './article-photo';
import { NewsTime } from './news-time';

// A tile sits in a grid (photo above the text, a thumbnail beside it on phones); a row in a
// one-column list (thumbnail beside the text); the lead is the home page's first story (larger
// headline and lead, the full date, a wide photo beside the text or above it on phones). `sizes`
// follows the widths in app/globals.css, which holds the cards' rules: a module of their own cost
// every page a second stylesheet request. A layout's grid applies only to a card with a photo.
const LAYOUTS = {
  tile: { grid: 'card-tile', sizes: '(min-width: 1000px) 360px, (min-width: 560px) 60vw, 120px', title: 'card-title', lead: 'card-lead', shortDate: true },
  row: { grid: 'card-row', sizes: '(min-width: 760px) 224px, 30vw', title: 'card-title', lead: 'card-lead', shortDate: true },
  lead: { grid: 'lead-with-photo', sizes: '(min-width: 1200px) 660px, (min-width: 760px) 58vw, 100vw', title: 'lead-title', lead: 'lead-text', shortDate: false },
};

type Props = {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  showLead?: boolean;
  showSection?: boolean;
  layout?: keyof typeof LAYOUTS;
  /** The first card of a listing or the lead story, above the fold: its photo is fetched at once. */
  priority?: boolean;
};

export function ArticleCard({ article, headingLevel = 3, showLead = true, showSection = false, layout = 'row', priority = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { grid, sizes, title, lead, shortDate } = LAYOUTS[layout];
  return (
    <article className={article.photo ? `card ${grid}` : 'card'}>
      <div>
        {showSection && (
          <ReaderLink className="card-section" href={article.section.path}>
            {article.section.name}
          </ReaderLink>
        )}
        <Heading className={title}>
          {/* The space keeps "Trực tiếp" a word of its own in the heading's name. */}
          {article.live && <><span className="live-badge card-live">Trực tiếp</span> </>}
          <ReaderLink href={article.path}>{article.title}</ReaderLink>
        </Heading>
        <p className="card-meta">
          <NewsTime iso={article.publishedAt} short={shortDate} />
        </p>
        {showLead && article.lead && <p className={lead}>{article.lead}</p>}
      </div>
      {article.photo && <ArticlePhoto photo={article.photo} sizes={sizes} className="card-photo" priority={priority} />}
    </article>
  );
}

/** Cards side by side; however many there are, no row ends in an empty column (see .card-grid). */
export function CardGrid({ children }: { children: React.ReactNode }) {
  return <div className="card-grid">{children}</div>;
}
