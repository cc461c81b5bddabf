import 'server-only';
import type { Section } from '@/lib/data/dto';
import { log } from '@/lib/log';
import type { SearchResults } from '@/lib/data/search';
import { searchPublished } from '@/lib/data/search-thread';
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
    // Off the main thread in production: a flood of searches never delays a cached page (lib/data/search-thread.ts).
    const results = await searchPublished({
      terms: parsed.terms,
      sectionIds: section ? [section.id, ...section.children.map((c) => c.id)] : null,
      from: request.from ? startOfNewsroomDay(request.from) : null,
      to: request.to ? endOfNewsroomDay(request.to) : null,
      sort: request.sort,
      page: request.page,
      pageSize: SEARCH_PAGE_SIZE,
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
