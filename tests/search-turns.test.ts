import { describe, expect, it, vi } from 'vitest';
import type { SearchRequest } from '@/lib/search/params';

// Searches in the server's own thread: under `next dev` and here (a production server runs them in
// the search thread, lib/data/search-thread.test.ts).
const events: string[] = [];
let failure: Error | null = null;
vi.mock('@/lib/data/search', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/data/search')>();
  return {
    ...original,
    searchArticles: (input: Parameters<typeof original.searchArticles>[0]) => {
      if (failure) throw failure;
      events.push(`search ${input.terms.flatMap((t) => t.folded).join(' ')}`);
      // A reader's request arriving while the first search runs, the others queued behind it.
      if (events.length === 1) setImmediate(() => events.push('reader'));
      return original.searchArticles(input);
    },
  };
});
const { runSearch } = await import('@/app/(site)/tim-kiem/run-search');

const request = (q: string): SearchRequest => ({ q, section: null, from: null, to: null, sort: 'relevance', page: 1 });

describe('readers’ searches', () => {
  it('run one at a time, each in a turn of its own: what arrives meanwhile (a reader’s page) runs between them', async () => {
    events.length = 0;
    const searches = ['bão', 'lũ', 'mưa'].map((q) => runSearch(request(q), []));
    const outcomes = await Promise.all(searches);

    expect(outcomes.map((o) => o.kind)).toEqual(['results', 'results', 'results']);
    expect(events).toEqual(['search bao', 'reader', 'search lu', 'search mua']);
  });

  it('that fail are an apology to the reader; the log keeps the cause, never the words', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    failure = new Error('database disk image is malformed');
    try {
      expect(await runSearch(request('bệnh án riêng'), [])).toEqual({ kind: 'failed' });
      const lines = logged.mock.calls.map((call) => String(call[0])).join('\n');
      expect(lines).toContain('database disk image is malformed');
      expect(lines).not.toMatch(/bệnh|benh|riêng|rieng/);
    } finally {
      failure = null;
      logged.mockRestore();
    }
  });
});
