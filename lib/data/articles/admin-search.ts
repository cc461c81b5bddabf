import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain/article-status';
import { foldForIndex } from '@/lib/search/index-text';
import type { QueryTerm } from '@/lib/search/parse-query';
import { articleIdOf } from '@/lib/search/rowid';
import { COUNT_LIMIT, publishedMatchExpression } from '@/lib/data/search';
import { countMatches, scanMatches } from '@/lib/data/search-index';
import { idIn, newestChangedIds } from './desk-counts';

// The newsroom's search. Published articles are found through the readers' full-text index
// (lib/data/search), newest first; everything else (drafts, review, scheduled, taken down) is a
// few per cent of the archive, whose most recently changed are matched on their headlines. The
// desk's unpublished work comes first, most recently changed first, then the
// published archive, newest first: staff search to find a piece to work on, not to read.

export type AdminSearchInput = {
  terms: QueryTerm[];
  status?: ArticleStatus;
  sectionId?: number;
  createdBy?: number;
  needsHeadline?: boolean;
  page: number;
  pageSize: number;
};

export type AdminSearchIds = { ids: number[]; total: number; totalIsCapped: boolean; hasNext: boolean };

const UNPUBLISHED = ARTICLE_STATUSES.filter((status) => status !== 'published');
/** The unpublished articles searched: the desk's work of weeks, not every draft abandoned in ten years. */
export const DESK_CANDIDATES = 1_000;
/** Beyond the index's reach for any real date (rowids stay below 2^53 until 2500). */
const NEWEST_ROWID = Number.MAX_SAFE_INTEGER;
const LOWEST_ROWID = Number.MIN_SAFE_INTEGER;

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Every term, or one of its readings, is among the words of the text, as the index matches them (a last word as a prefix). */
export function matchesText(terms: QueryTerm[], text: string): boolean {
  const words = ` ${foldForIndex(text).replace(NOT_WORD, ' ').trim()} `;
  return terms.every(
    (term) =>
      words.includes(` ${term.folded.join(' ')}${term.prefix ? '' : ' '}`) ||
      term.alternatives.some((reading) => words.includes(` ${reading} `)),
  );
}

/**
 * Unpublished articles whose headline matches, most recently changed first, among the newest
 * DESK_CANDIDATES changes: ids and order from indexes alone, then only headlines are read (they
 * come before the body in a row) and folded, a bounded amount of work at any archive size.
 */
function unpublishedMatches(input: AdminSearchInput): number[] {
  const candidates = newestChangedIds(
    { statuses: input.status ? [input.status] : UNPUBLISHED, sectionId: input.sectionId, createdBy: input.createdBy, needsHeadline: input.needsHeadline },
    DESK_CANDIDATES,
  );
  if (candidates.length === 0) return [];
  const titles = new Map(
    db.select({ id: articles.id, title: articles.title }).from(articles).where(idIn(candidates)).all().map((row) => [row.id, row.title]),
  );
  return candidates.filter((id) => matchesText(input.terms, titles.get(id) ?? ''));
}

/**
 * Published matches, newest first: a page straight from the index, counted up to COUNT_LIMIT;
 * with a writer or the headline flag, the newest COUNT_LIMIT matches are read and filtered.
 */
function publishedMatches(input: AdminSearchInput, skip: number, take: number): { ids: number[]; total: number; capped: boolean } {
  const match = publishedMatchExpression(input.terms, input.sectionId ? [input.sectionId] : null);
  if (!input.createdBy && !input.needsHeadline) {
    const ids = scanMatches(match, LOWEST_ROWID, NEWEST_ROWID, skip, Math.min(take, COUNT_LIMIT - skip)).map(articleIdOf);
    const total = countMatches(match, LOWEST_ROWID, NEWEST_ROWID, COUNT_LIMIT + 1);
    return { ids, total: Math.min(total, COUNT_LIMIT), capped: total > COUNT_LIMIT };
  }
  const candidates = scanMatches(match, LOWEST_ROWID, NEWEST_ROWID, 0, COUNT_LIMIT + 1).map(articleIdOf);
  const kept = new Set(
    db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          idIn(candidates),
          input.createdBy ? eq(articles.createdBy, input.createdBy) : undefined,
          input.needsHeadline ? eq(articles.needsHeadline, true) : undefined,
        ),
      )
      .all()
      .map((row) => row.id),
  );
  const ids = candidates.filter((id) => kept.has(id)).slice(0, COUNT_LIMIT);
  return { ids: ids.slice(skip, skip + take), total: ids.length, capped: candidates.length > COUNT_LIMIT };
}

/** One page of the articles matching the search and the staff filters, in the order above. */
export function searchAdminArticleIds(input: AdminSearchInput): AdminSearchIds {
  const offset = (input.page - 1) * input.pageSize;
  const take = input.pageSize + 1;
  const desk = input.status === 'published' ? [] : unpublishedMatches(input);
  const fromDesk = desk.slice(offset, offset + take);
  const published =
    input.status && input.status !== 'published'
      ? { ids: [], total: 0, capped: false }
      : publishedMatches(input, Math.max(0, offset - desk.length), take - fromDesk.length);
  const ids = [...fromDesk, ...published.ids];
  return {
    ids: ids.slice(0, input.pageSize),
    total: desk.length + published.total,
    totalIsCapped: published.capped,
    hasNext: ids.length > input.pageSize,
  };
}
