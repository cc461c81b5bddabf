// `npm run bench:live` (bench/live.ts): 1,000 simulated readers poll one open live page through the
// shipped nginx config (deploy/nginx.conf) every 10 s, as app/ui/live/live-updates.tsx does,
// while posts are written every few seconds. It reports how many requests reach the app per
// second (nginx's X-Cache-Status MISS, EXPIRED or BYPASS) and post-to-visible: from a post's
// commit to each reader's poll that first carries it (bounded by poll interval + LIVE_TTL).

export type LivePollerResult = {
  readers: number;
  seconds: number;
  readerRequestsPerSecond: number;
  appRequestsPerSecond: number;
  posts: number;
  visibleMs: { p50: number; p95: number; max: number };
};

type Options = {
  /** nginx in front of the app. */
  url: string;
  articleId: number;
  /** Writes one post and answers its id (the data layer, on the served database). */
  post: (text: string) => number;
  readers?: number;
  intervalMs?: number;
  durationMs?: number;
  postEveryMs?: number;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export async function measureLivePollers(options: Options): Promise<LivePollerResult> {
  const { url, articleId, post, readers = 1000, intervalMs = 10_000, durationMs = 60_000, postEveryMs = 7_000 } = options;
  const start = performance.now();
  const end = start + durationMs;
  const postedAt = new Map<number, number>();
  const visible: number[] = [];
  let requests = 0;
  let appRequests = 0;

  const reader = async (cursor: number) => {
    // Readers opened the page at random moments: their polls spread over the interval.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * intervalMs));
    const seen = new Set<number>();
    while (performance.now() < end) {
      const asked = performance.now();
      try {
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
      } catch {
        // A refused connection counts as nothing seen; the reader asks again next time.
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (performance.now() - asked))));
    }
  };

  const initial = (await (await fetch(`${url}/api/live/${articleId}?sau=0`)).json()) as { seq: number };
  const writer = setInterval(() => {
    if (performance.now() + intervalMs + 5_000 > end) return; // leave every reader time to see it
    const id = post(`Cập nhật đo tải lúc ${new Date().toISOString()}`);
    postedAt.set(id, performance.now());
  }, postEveryMs);
  await Promise.all(Array.from({ length: readers }, () => reader(initial.seq)));
  clearInterval(writer);
  const seconds = (performance.now() - start) / 1000;
  return {
    readers,
    seconds,
    readerRequestsPerSecond: requests / seconds,
    appRequestsPerSecond: appRequests / seconds,
    posts: postedAt.size,
    visibleMs: { p50: percentile(visible, 50), p95: percentile(visible, 95), max: Math.max(...visible) },
  };
}

export const livePollersLine = (r: LivePollerResult) =>
  `live page, ${r.readers} readers polling every 10 s through nginx for ${r.seconds.toFixed(0)} s: ` +
  `${r.readerRequestsPerSecond.toFixed(0)} req/s at nginx, ${r.appRequestsPerSecond.toFixed(2)} req/s reach the app; ` +
  `${r.posts} posts, post-to-visible p50 ${(r.visibleMs.p50 / 1000).toFixed(1)} s, p95 ${(r.visibleMs.p95 / 1000).toFixed(1)} s, max ${(r.visibleMs.max / 1000).toFixed(1)} s (bound: 10 s poll + 5 s LIVE_TTL)`;
