'use client';

import { useState, useTransition } from 'react';
import type { ArticleSummary } from '@/lib/data/dto';
import { formatDateTime } from '@/lib/vi/time';
import { searchFrontArticlesAction } from '../_actions/search-front-articles';

type Props = {
  fieldId: string;
  containerName: string;
  /** Articles already on this front: one article appears once per page. */
  taken: ReadonlySet<number>;
  onAdd: (article: ArticleSummary) => void;
};

/** Finds public articles by words of the headline and adds one to the container's hand-picked cards. */
export function ArticlePicker({ fieldId, containerName, taken, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ArticleSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const search = () =>
    startTransition(async () => {
      const result = await searchFrontArticlesAction({ query });
      setProblem(result.ok ? null : result.message);
      setResults(result.ok ? result.articles : []);
    });
  return (
    <div className="front-picker" role="search" aria-label={`Tìm bài cho khối ${containerName}`}>
      <label htmlFor={`${fieldId}-tim`}>Tìm bài để thêm vào khối “{containerName}”</label>
      <span>
        <input
          id={`${fieldId}-tim`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
        />
        <button type="button" onClick={search} disabled={pending}>
          Tìm
        </button>
      </span>
      {problem ? <p role="alert">{problem}</p> : null}
      {results ? (
        <ul aria-label={`Kết quả tìm bài cho khối ${containerName}`} aria-busy={pending}>
          {results.length === 0 ? <li>Không có bài công khai nào khớp.</li> : null}
          {results.map((article) => (
            <li key={article.id}>
              <span>
                {article.title} <span className="front-muted">· {article.section.name} · {formatDateTime(new Date(article.publishedAt))}</span>
              </span>
              {taken.has(article.id) ? (
                <span className="front-muted">Đã có trên trang</span>
              ) : (
                <button type="button" onClick={() => onAdd(article)} aria-label={`Thêm “${article.title}” vào khối ${containerName}`}>
                  Thêm
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
