import Link from 'next/link';
import { NewsTime } from '@/app/ui/news-time';
import type { SearchHit } from '@/lib/data/search';
import type { HighlightWord } from '@/lib/search/highlight';
import styles from '../search.module.css';
import { Highlighted } from './highlighted';

export function SearchHitView({ hit, words }: { hit: SearchHit; words: HighlightWord[] }) {
  return (
    <article className={styles.hit}>
      <h2 className="card-title">
        <Link href={hit.path}>
          <Highlighted text={hit.title} words={words} />
        </Link>
      </h2>
      <p className={styles.meta}>
        <Link href={hit.section.path}>{hit.section.name}</Link>
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
