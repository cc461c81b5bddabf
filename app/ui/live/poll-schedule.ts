// When a live page asks for changes. Every reader who has seen change N asks the same URL, so
// nginx answers nearly all of them; a hidden tab asks rarely, and at once when it is shown again.

export const VISIBLE_POLL_MS = 10_000;
export const HIDDEN_POLL_MS = 60_000;

/**
 * The oldest a poll's answer can be when it reaches a reader (from the app's query): nginx serves
 * a copy, fresh or stale, only while it is younger (deploy/nginx.conf, /api/live/, following
 * app/api/live/[id]/route.ts's Cache-Control), and the page never takes the browser's copy.
 */
export const LIVE_ANSWER_MAX_AGE_MS = 5_000;

/**
 * What the design guarantees a reader whose page is open and visible: a post is on it within
 * this of its commit, plus one poll's round trip. Any poll sent LIVE_ANSWER_MAX_AGE_MS after the
 * commit carries it, and a visible page sends one every VISIBLE_POLL_MS.
 */
export const POST_TO_VISIBLE_BOUND_MS = VISIBLE_POLL_MS + LIVE_ANSWER_MAX_AGE_MS;

/** The page, as the browser gives it (a stand-in in unit tests and the bench). */
export type PollingPage = {
  isVisible: () => boolean;
  /** Subscribes to visibility changes; returns the unsubscribe. */
  onChange: (listener: () => void) => () => void;
  /** Milliseconds since the page loaded. */
  now: () => number;
};

export const documentPage: PollingPage = {
  isVisible: () => document.visibilityState === 'visible',
  onChange: (listener) => {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
  // Counted from the navigation's start: the first poll does not wait for hydration plus 10 s.
  now: () => performance.now(),
};

/**
 * Calls `poll` every 10 s while the page is visible, on a fixed cadence from the page's load (a
 * slow answer or a late timer does not push the polls after it later), 60 s after the previous
 * answer while it is hidden, and at once when a hidden page is shown (the cadence then counts
 * from there). Never two at a time: a slot that comes while a poll is on its way is skipped.
 * `poll` answers false when there is nothing more to ask (the live has ended); a failed poll is
 * asked again at the next slot. Returns stop.
 */
export function schedulePolls(poll: () => Promise<boolean>, page: PollingPage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let inFlight = false;
  let cadenceStart = 0;
  let lastPollAt = Number.NEGATIVE_INFINITY;
  const arm = () => {
    clearTimeout(timer);
    const now = page.now();
    // The slot after now, never the one just polled again: a timer may fire a hair before the
    // page's (coarsened) clock says its time has come.
    const after = Math.max(now, lastPollAt + VISIBLE_POLL_MS / 2);
    const visibleSlot = cadenceStart + (Math.floor((after - cadenceStart) / VISIBLE_POLL_MS) + 1) * VISIBLE_POLL_MS;
    timer = setTimeout(run, page.isVisible() ? visibleSlot - now : HIDDEN_POLL_MS);
  };
  const run = async () => {
    clearTimeout(timer);
    inFlight = true;
    lastPollAt = page.now();
    // Offline for a moment: the next poll asks again from the same change.
    const more = await poll().catch(() => true);
    inFlight = false;
    if (!more) stopped = true;
    if (!stopped) arm();
  };
  arm();
  const unsubscribe = page.onChange(() => {
    if (!page.isVisible() || stopped) return;
    cadenceStart = page.now();
    if (!inFlight) void run();
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
