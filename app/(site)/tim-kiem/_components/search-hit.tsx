import { ReaderLink } from '@/app/ui/reader-link';
import { NewsTime } from '@/app/ui/news-time';
import type { SearchHit } from '@/lib/data/search';
import type { HighlightWord } from '@/lib/search/highlight';
import styles from '../search.module.css';
import { Highlighted } from './highlighted';

export function SearchHitView({ hit, words }: { hit: SearchHit; words: HighlightWord[] }) {
  return (
    <article className={styles.hit}>
      <h2 className="card-title">
        <ReaderLink href={hit.path}>
          <Highlighted text={hit.title} words={words} />
        </ReaderLink>
      </h2>
      <p className={styles.meta}>
        <ReaderLink href={hit.section.path}>{hit.section.name}</ReaderLink>
        <NewsTime iso={hit.publishedAt} short />
        {hit.bylines && (
          <span>
            <Highlighted text={hit.bylines} words={words} />
          </span>
        )}
      </p>
      {hit.snippet && (
        <p className="card-lead">
          <Highlighted text={hit.snippet} words={words} />
        </p>
      )}
    </article>
  );
}
