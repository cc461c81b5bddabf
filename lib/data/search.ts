import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, articles, articleTags, sections, tags } from '@/db/schema';
import { highlightWords, type HighlightWord } from '@/lib/search/highlight';
import { bodyPlainText } from '@/lib/search/index-text';
import { buildExactExpression, buildMatchExpression } from '@/lib/search/match-expression';
import type { QueryTerm } from '@/lib/search/parse-query';
import { rankCandidates, type CandidateText } from '@/lib/search/score';
import { articleIdOf, rowidFrom, rowidUntil } from '@/lib/search/rowid';
import { chooseSnippet } from '@/lib/search/snippet';
import { articleLinkColumns, isPublicRow, toArticleLink } from '@/lib/data/articles/public-reads';
import { listCredits } from '@/lib/data/articles/credits';
import { completePrefix, countMatches, scanMatches } from './search-index';
import type { SectionLink } from './dto';
import { storedBodyText } from './stored-body';

/** Relevance is computed over at most this many of the newest matches (bounded work). */
export const RANKED_CANDIDATES = 120;
/** Counting stops here; beyond it the page says "more than". */
export const COUNT_LIMIT = 1_000;
/** A last word typed as a prefix stands for at most this many indexed words. */
const PREFIX_COMPLETIONS = 32;

export type SearchInput = {
  terms: QueryTerm[];
  sectionIds: number[] | null;
  from: Date | null;
  to: Date | null;
  sort: 'relevance' | 'newest';
  page: number;
  pageSize: number;
  now?: Date;
};

export type SearchHit = {
  id: number;
  title: string;
  snippet: string;
  bylines: string;
  path: string;
  publishedAt: string;
  section: SectionLink;
};

export type SearchResults = {
  hits: SearchHit[];
  /** Matches found, capped at COUNT_LIMIT. */
  total: number;
  totalIsCapped: boolean;
  /** How many results can be paged through in this order. */
  reachable: number;
  /** Relevance order covers only the newest RANKED_CANDIDATES matches when there are more. */
  rankedWithinNewest: boolean;
  words: HighlightWord[];
};

type Bounds = [match: string, low: number, high: number];

/**
 * The last word typed as a prefix becomes the indexed words it begins ("ph" → pha, phai, phan…),
 * shortest first: an OR of words is read lazily by FTS5, a prefix query is not.
 */
function expandPrefixes(terms: QueryTerm[]): QueryTerm[] {
  return terms.map((term) => {
    const [word] = term.folded;
    if (!term.prefix || word === undefined) return term;
    const words = completePrefix(word, PREFIX_COMPLETIONS);
    return { ...term, prefix: false, alternatives: [...term.alternatives, ...words.filter((w) => w !== word)] };
  });
}

/** The index's MATCH expression for parsed terms, the last word completed (also the newsroom's search). */
export function publishedMatchExpression(terms: QueryTerm[], sectionIds: number[] | null): string {
  return buildMatchExpression(expandPrefixes(terms), sectionIds);
}

/** Headline, lead, bylines and tags of the candidates, for scoring. */
function candidateTexts(rowids: number[], exact: Set<number>): CandidateText[] {
  const ids = rowids.map(articleIdOf);
  const joined = (rows: { id: number; text: string }[]) => {
    const byId = new Map<number, string>();
    for (const row of rows) byId.set(row.id, `${byId.get(row.id) ?? ''} ${row.text}`);
    return byId;
  };
  const heads = new Map(
    db.select({ id: articles.id, title: articles.title, lead: articles.lead }).from(articles).where(inArray(articles.id, ids)).all().map((r) => [r.id, r]),
  );
  const bylines = joined(
    db.select({ id: articleBylines.articleId, text: articleBylines.name }).from(articleBylines).where(inArray(articleBylines.articleId, ids)).all(),
  );
  const tagNames = joined(
    db.select({ id: articleTags.articleId, text: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(inArray(articleTags.articleId, ids)).all(),
  );
  return rowids.map((rowid) => {
    const id = articleIdOf(rowid);
    return {
      rowid,
      title: heads.get(id)?.title ?? '',
      lead: heads.get(id)?.lead ?? '',
      bylines: bylines.get(id) ?? '',
      tags: tagNames.get(id) ?? '',
      exactAnywhere: exact.has(rowid),
    };
  });
}

function pageIds(input: SearchInput, expanded: QueryTerm[], [match, low, high]: Bounds) {
  const offset = (input.page - 1) * input.pageSize;
  const count = () => countMatches(match, low, high, COUNT_LIMIT + 1);
  if (input.sort === 'newest') {
    const rowids = scanMatches(match, low, high, offset, Math.min(input.pageSize, COUNT_LIMIT - offset));
    const total = count();
    return { ids: rowids.map(articleIdOf), total, reachable: Math.min(total, COUNT_LIMIT), capped: false };
  }
  // Bounded work: only the newest RANKED_CANDIDATES matches are scored.
  const rowids = scanMatches(match, low, high, 0, RANKED_CANDIDATES);
  const capped = rowids.length === RANKED_CANDIDATES;
  const total = capped ? count() : rowids.length;
  const exact = new Set<number>();
  const exactMatch = buildExactExpression(expanded, match);
  if (exactMatch && rowids.length > 0) {
    // The candidates are the newest matches, so their rowid span holds no other match.
    for (const rowid of scanMatches(exactMatch, rowids.at(-1)!, rowids[0]!, 0, rowids.length)) exact.add(rowid);
  }
  const ranked = rankCandidates(input.terms, candidateTexts(rowids, exact)).slice(offset, offset + input.pageSize);
  return { ids: ranked.map((c) => articleIdOf(c.rowid)), total, reachable: rowids.length, capped };
}

function loadHits(ids: number[], words: HighlightWord[], now: Date): SearchHit[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      ...articleLinkColumns,
      body: storedBodyText,
      status: articles.status,
      scheduledAt: articles.scheduledAt,
      unpublishAt: articles.unpublishAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(inArray(articles.id, ids))
    .all()
    // Checked here rather than in SQL: given the status condition, SQLite prefers walking the
    // status index over every published article to looking up a dozen ids.
    .filter((row) => isPublicRow(row, now));
  const credits = listCredits(ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Index order decides; an id missing here was unpublished or is not yet due.
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { title, path, publishedAt, section } = toArticleLink(row);
    return [
      {
        id,
        title,
        snippet: chooseSnippet(row.lead, () => bodyPlainText(row.body), words),
        bylines: (credits.get(id)?.bylines ?? []).map((byline) => `${byline.label}: ${byline.name}`).join('; '),
        path,
        publishedAt,
        section,
      },
    ];
  });
}

/** Published, due articles matching the terms, ranked or newest first, one page at a time. */
export function searchArticles(input: SearchInput): SearchResults {
  const now = input.now ?? new Date();
  const expanded = expandPrefixes(input.terms);
  const match = buildMatchExpression(expanded, input.sectionIds);
  const low = input.from ? rowidFrom(input.from) : Number.MIN_SAFE_INTEGER;
  const until = input.to && input.to < now ? input.to : now;
  const high = rowidUntil(until);
  const words = highlightWords(input.terms);
  const empty = { hits: [], total: 0, totalIsCapped: false, reachable: 0, rankedWithinNewest: false, words };
  if (low > high) return empty;
  const { ids, total, reachable, capped } = pageIds(input, expanded, [match, low, high]);
  return {
    hits: loadHits(ids, words, now),
    total: Math.min(total, COUNT_LIMIT),
    totalIsCapped: total > COUNT_LIMIT,
    reachable,
    rankedWithinNewest: capped,
    words,
  };
}
