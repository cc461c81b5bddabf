import 'server-only';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { env } from '@/lib/env';
import { searchArticles, type SearchInput, type SearchResults } from './search';

/**
 * What the search worker (./search-worker.ts) answers for one search. A failure travels as its
 * fields: better-sqlite3's SqliteError is no native Error, and a structured clone of it is empty.
 */
export type SearchReply = { ok: true; results: SearchResults } | { ok: false; error: { name: string; message: string; stack?: string } };

export type SearchThread = {
  /** Runs one search in the thread, after the searches sent before it. */
  search(input: SearchInput): Promise<SearchResults>;
  /** Stops the thread, failing the searches it had; the next search starts another. */
  close(): Promise<void>;
};

/** The production thread: Turbopack builds ./search-worker.ts into a chunk of its own for it. */
export function startSearchWorker(): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url));
}

type Pending = { input: SearchInput; resolve: (results: SearchResults) => void; reject: (error: Error) => void };

/**
 * A thread that runs readers' searches off the main thread. Each search is sent at once: the
 * thread runs them one at a time in the order sent and answers in that order, and never waits for
 * the main thread to hand it the next. A thread that dies fails the search it was running; the
 * searches queued behind it go to a new thread.
 */
export function createSearchThread(start: () => Worker = startSearchWorker): SearchThread {
  let worker: Worker | null = null;
  const pending: Pending[] = [];

  const thread = (): Worker => {
    if (worker) return worker;
    const started = start();
    // An idle search thread never keeps the process alive.
    started.unref();
    const lost = (error: Error) => {
      if (worker !== started) return;
      worker = null;
      pending.shift()?.reject(error);
      for (const search of pending) thread().postMessage(search.input);
    };
    started.on('message', (reply: SearchReply) => {
      const search = pending.shift();
      if (reply.ok) search?.resolve(reply.results);
      else search?.reject(Object.assign(new Error(reply.error.message), reply.error));
    });
    started.on('error', lost);
    started.on('exit', (code) => lost(new Error(`search thread exited (code ${code})`)));
    return (worker = started);
  };

  return {
    search: (input) =>
      new Promise<SearchResults>((resolve, reject) => {
        thread().postMessage(input);
        pending.push({ input, resolve, reject });
      }),
    close: async () => {
      const stopping = worker;
      worker = null;
      for (const search of pending.splice(0)) search.reject(new Error('search thread closed'));
      await stopping?.terminate();
    },
  };
}

// A search in this thread is a synchronous SQLite read (~15 ms at 100k articles): one at a time,
// each in an event-loop turn of its own, so a page arriving meanwhile waits for one search at most.
const turns = pLimit(1);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const searchHere = (input: SearchInput) => turns(async () => (await nextTurn(), searchArticles(input)));

// One thread per process, kept on globalThis like the database connection.
const globalForSearch = globalThis as unknown as { toaSoanSearchThread?: SearchThread };

/**
 * Readers' search. A production server runs it in the search thread, which leaves the main thread
 * to pages and, on several cores, runs beside it. Unit tests' in-memory database is one no thread
 * can open, and under `next dev` an edit reloads the search code but not a running thread: there
 * searches run in this thread.
 */
export function searchPublished(input: SearchInput): Promise<SearchResults> {
  if (env.NODE_ENV !== 'production' || env.DATABASE_PATH === ':memory:') return searchHere(input);
  return (globalForSearch.toaSoanSearchThread ??= createSearchThread()).search(input);
}
