// When a live page asks for changes. Every reader who has seen change N asks the same URL, so
// nginx answers nearly all of them; a hidden tab asks rarely, and at once when it is shown again.

export const VISIBLE_POLL_MS = 10_000;
export const HIDDEN_POLL_MS = 60_000;

/** The page's visibility, as `document` gives it (a stand-in in unit tests). */
export type PageVisibility = {
  isVisible: () => boolean;
  /** Subscribes to visibility changes; returns the unsubscribe. */
  onChange: (listener: () => void) => () => void;
};

export const documentVisibility: PageVisibility = {
  isVisible: () => document.visibilityState === 'visible',
  onChange: (listener) => {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

/**
 * Calls `poll` 10 s after the previous answer while the page is visible, 60 s while it is hidden,
 * and at once when a hidden page is shown (never twice at a time). `poll` answers false when there
 * is nothing more to ask (the live has ended); a failed poll is asked again later. Returns stop.
 */
export function schedulePolls(poll: () => Promise<boolean>, page: PageVisibility): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let inFlight = false;
  const delay = () => (page.isVisible() ? VISIBLE_POLL_MS : HIDDEN_POLL_MS);
  const run = async () => {
    clearTimeout(timer);
    inFlight = true;
    // Offline for a moment: the next poll asks again from the same change.
    const more = await poll().catch(() => true);
    inFlight = false;
    if (!more) stopped = true;
    if (!stopped) timer = setTimeout(run, delay());
  };
  timer = setTimeout(run, delay());
  const unsubscribe = page.onChange(() => {
    if (page.isVisible() && !stopped && !inFlight) void run();
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
