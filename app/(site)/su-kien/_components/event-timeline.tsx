import { ReaderLink } from '@/app/ui/reader-link';
import { ArticlePhoto } from '@/app/ui/article-photo';
import { NewsTime } from '@/app/ui/news-time';
import type { ArticleSummary } from '@/lib/data/dto';

/** An event's articles as a timeline: the Vietnamese date line first, then the story, in the event's order. */
export function EventTimeline({ name, articles }: { name: string; articles: ArticleSummary[] }) {
  return (
    <ol className="event-timeline" aria-label={`Diễn biến: ${name}`}>
      {articles.map((article, index) => (
        <li key={article.id} className={article.photo ? 'card card-row' : 'card'}>
          <div>
            <p className="event-time">
              <NewsTime iso={article.publishedAt} />
            </p>
            <h2 className="card-title">
              <ReaderLink href={article.path}>{article.title}</ReaderLink>
            </h2>
            {article.lead && <p className="card-lead">{article.lead}</p>}
          </div>
          {article.photo && (
            <ArticlePhoto photo={article.photo} sizes="(min-width: 760px) 224px, 30vw" className="card-photo" priority={index === 0} />
          )}
        </li>
      ))}
    </ol>
  );
}
