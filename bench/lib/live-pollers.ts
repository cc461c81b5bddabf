// `npm run bench:live` (bench/live.ts): 1,000 simulated readers poll one open live page through the
// shipped nginx config (deploy/nginx.conf) on the reader's own schedule (schedulePolls, as
// app/ui/live/live-updates.tsx calls it, the page always visible), while posts are written every
// few seconds. It reports how many requests reach the app per second (nginx's X-Cache-Status
// MISS, EXPIRED or BYPASS) and post-to-visible: from a post's commit to each reader's poll that
// first carries it (bounded by POST_TO_VISIBLE_BOUND_MS plus one poll's round trip). The bench's
// own event-loop delay is reported beside it: a late timer or answer here adds to every figure.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { POST_TO_VISIBLE_BOUND_MS, schedulePolls, VISIBLE_POLL_MS, type PollingPage } from '../../app/ui/live/poll-schedule';
import { percentile } from './percentile';

export type LivePollerResult = {
  readers: number;
  seconds: number;
  readerRequestsPerSecond: number;
  appRequestsPerSecond: number;
  posts: number;
  visibleMs: { p50: number; p95: number; max: number };
  /** How late this process ran its timers and answers (its event loop's delay). */
  benchEventLoopDelayMs: { p99: number; max: number };
};

type Options = {
  /** nginx in front of the app. */
  url: string;
  articleId: number;
  /** Writes one post and answers its id (the data layer, on the served database). */
  post: (text: string) => number;
  readers?: number;
  durationMs?: number;
  postEveryMs?: number;
};


export async function measureLivePollers(options: Options): Promise<LivePollerResult> {
  const { url, articleId, post, readers = 1000, durationMs = 60_000, postEveryMs = 7_000 } = options;
  const start = performance.now();
  const end = start + durationMs;
  const postedAt = new Map<number, number>();
  const visible: number[] = [];
  let requests = 0;
  let appRequests = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  /** One reader's page, from its load until the bench ends. */
  const reader = (cursor: number) =>
    new Promise<void>((resolve) => {
      // Readers opened the page at random moments of the interval before the bench began: their
      // polls spread over it.
      const loadedAt = start - Math.random() * VISIBLE_POLL_MS;
      const page: PollingPage = { isVisible: () => true, onChange: () => () => {}, now: () => performance.now() - loadedAt };
      const seen = new Set<number>();
      schedulePolls(async () => {
        if (performance.now() >= end) {
          resolve();
          return false;
        }
        // A refused connection throws: nothing seen, and the schedule asks again at the next slot.
        const response = await fetch(`${url}/api/live/${articleId}?sau=${cursor}`);
        requests += 1;
        if (['MISS', 'EXPIRED', 'BYPASS'].includes(response.headers.get('x-cache-status') ?? '')) appRequests += 1;
        const answer = (await response.json()) as { seq: number; posts: { id: number }[] };
        const now = performance.now();
        for (const { id } of answer.posts) {
          const at = postedAt.get(id);
          if (at !== undefined && !seen.has(id)) {
            seen.add(id);
            visible.push(now - at);
          }
        }
        cursor = answer.seq;
        return true;
      }, page);
    });

  const initial = (await (await fetch(`${url}/api/live/${articleId}?sau=0`)).json()) as { seq: number };
  // Posts come at irregular times (postEveryMs on average): at a fixed period each would meet the
  // cache's refresh cycle at the same phase, and the worst case of the bound would never be tried.
  let writer: ReturnType<typeof setTimeout> | undefined;
  const writeLater = () => {
    writer = setTimeout(() => {
      // Leave every reader time to see it.
      if (performance.now() + POST_TO_VISIBLE_BOUND_MS + 1_000 > end) return;
      const id = post(`Cập nhật đo tải lúc ${new Date().toISOString()}`);
      postedAt.set(id, performance.now());
      writeLater();
    }, postEveryMs * (0.5 + Math.random()));
  };
  writeLater();
  await Promise.all(Array.from({ length: readers }, () => reader(initial.seq)));
  clearTimeout(writer);
  loopDelay.disable();
  const seconds = (performance.now() - start) / 1000;
  return {
    readers,
    seconds,
    readerRequestsPerSecond: requests / seconds,
    appRequestsPerSecond: appRequests / seconds,
    posts: postedAt.size,
    visibleMs: { p50: percentile(visible, 50), p95: percentile(visible, 95), max: Math.max(...visible) },
    benchEventLoopDelayMs: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
  };
}

export const livePollersLine = (r: LivePollerResult) =>
  `live page, ${r.readers} readers polling every ${VISIBLE_POLL_MS / 1000} s through nginx for ${r.seconds.toFixed(0)} s: ` +
  `${r.readerRequestsPerSecond.toFixed(0)} req/s at nginx, ${r.appRequestsPerSecond.toFixed(2)} req/s reach the app; ` +
  `${r.posts} posts, post-to-visible p50 ${(r.visibleMs.p50 / 1000).toFixed(2)} s, p95 ${(r.visibleMs.p95 / 1000).toFixed(2)} s, max ${(r.visibleMs.max / 1000).toFixed(2)} s ` +
  `(bound: ${POST_TO_VISIBLE_BOUND_MS / 1000} s plus one poll's round trip); the bench's event-loop delay p99 ${r.benchEventLoopDelayMs.p99.toFixed(0)} ms, max ${r.benchEventLoopDelayMs.max.toFixed(0)} ms`;
