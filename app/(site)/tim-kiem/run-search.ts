import 'server-only';
import pLimit from 'p-limit';
import type { Section } from '@/lib/data/dto';
import { log } from '@/lib/log';
import { searchArticles, type SearchResults } from '@/lib/data/search';
import { parseQuery } from '@/lib/search/parse-query';
import type { SearchRequest } from '@/lib/search/params';
import { endOfNewsroomDay, startOfNewsroomDay } from '@/lib/vi/time';

export const SEARCH_PAGE_SIZE = 12;

export type SearchOutcome =
  | { kind: 'prompt' }
  | { kind: 'too-long'; maxLength: number }
  | { kind: 'no-words' }
  | { kind: 'failed' }
  | { kind: 'results'; query: string; results: SearchResults; pageCount: number };

// One search at a time per process, each in a turn of the event loop of its own. A search is a
// synchronous SQLite read (~15 ms at 100k articles): run as they arrive, a flood of them queued in
// front of every reader's cached page, which then waited for all of them; queued here, a page
// waits for one at most, and only searchers wait for searches.
const searchTurns = pLimit(1);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs a search page's request; every input ends in an outcome the page can explain. */
export async function runSearch(
  request: SearchRequest,
  sections: Section[],
): Promise<SearchOutcome> {
  const parsed = parseQuery(request.q);
  if (parsed.kind === 'empty') return { kind: 'prompt' };
  if (parsed.kind === 'too-long') return { kind: 'too-long', maxLength: parsed.maxLength };
  if (parsed.kind === 'no-words') return { kind: 'no-words' };
  const section = sections.find((s) => s.slug === request.section);
  try {
    const results = await searchTurns(async () => {
      await nextTurn();
      return searchArticles({
        terms: parsed.terms,
        sectionIds: section ? [section.id, ...section.children.map((c) => c.id)] : null,
        from: request.from ? startOfNewsroomDay(request.from) : null,
        to: request.to ? endOfNewsroomDay(request.to) : null,
        sort: request.sort,
        page: request.page,
        pageSize: SEARCH_PAGE_SIZE,
      });
    });
    return {
      kind: 'results',
      query: parsed.text,
      results,
      pageCount: Math.ceil(results.reachable / SEARCH_PAGE_SIZE),
    };
  } catch (error) {
    // Readers get an apology, never a driver message; the log keeps the cause but not the
    // reader's words (what people search for is theirs).
    log('error', 'search failed', { terms: parsed.terms.length }, error);
    return { kind: 'failed' };
  }
}
