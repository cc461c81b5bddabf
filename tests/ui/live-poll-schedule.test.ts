import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_POLL_MS, LIVE_ANSWER_MAX_AGE_MS, schedulePolls, VISIBLE_POLL_MS, type PollingPage } from '@/app/ui/live/poll-schedule';

// The live page's poll timing (app/ui/live/live-updates.tsx), on fake timers with a stand-in for
// the page: the reader's tab is shown or hidden by the test, and its clock counts from when the
// test began (the page's load), or from `loadedAgoMs` before it.

function fakePage(visible = true, loadedAgoMs = 0) {
  const listeners = new Set<() => void>();
  const loadedAt = Date.now() - loadedAgoMs;
  const page: PollingPage = {
    isVisible: () => visible,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => Date.now() - loadedAt,
  };
  const show = (now: boolean) => {
    visible = now;
    for (const listener of listeners) listener();
  };
  return { page, show, listeners };
}

/** A poll that records when it was called (ms since the test began) and answers `more` after `takesMs`. */
function recordingPoll(options: { takesMs?: number; more?: () => boolean } = {}) {
  const calls: number[] = [];
  const start = Date.now();
  const poll = vi.fn(async () => {
    calls.push(Date.now() - start);
    if (options.takesMs) await new Promise((resolve) => setTimeout(resolve, options.takesMs));
    return options.more?.() ?? true;
  });
  return { poll, calls };
}

describe('live page polling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks every 10 s while the tab is visible', async () => {
    const { page } = fakePage();
    const { poll, calls } = recordingPoll();
    schedulePolls(poll, page);
    await vi.advanceTimersByTimeAsync(35_000);
    expect(calls).toEqual([VISIBLE_POLL_MS, 2 * VISIBLE_POLL_MS, 3 * VISIBLE_POLL_MS]);
  });

  it('backs off to every 60 s in a hidden tab, and asks at once when the tab is shown again', async () => {
    const { page, show } = fakePage();
    const { poll, calls } = recordingPoll();
    schedulePolls(poll, page);
    await vi.advanceTimersByTimeAsync(VISIBLE_POLL_MS);
    show(false);
    // The poll already due comes at 20 s; after it, the hidden tab waits a minute.
    await vi.advanceTimersByTimeAsync(150_000);
    expect(calls).toEqual([10_000, 20_000, 80_000, 140_000]);
    show(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)).toBe(160_000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls.slice(-3)).toEqual([160_000, 170_000, 180_000]);
  });

  it('starts slow in a tab opened in the background', async () => {
    const { page } = fakePage(false);
    const { poll, calls } = recordingPoll();
    schedulePolls(poll, page);
    await vi.advanceTimersByTimeAsync(HIDDEN_POLL_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([HIDDEN_POLL_MS]);
  });

  it('asks on a fixed cadence from the page load: neither hydration nor slow answers push the polls later', async () => {
    // Scripts ran 1.5 s after the navigation began; every answer takes 3 s.
    const { page } = fakePage(true, 1_500);
    const { poll, calls } = recordingPoll({ takesMs: 3_000 });
    schedulePolls(poll, page);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(calls).toEqual([8_500, 18_500, 28_500, 38_500]);
  });

  it('skips a slot while a poll is on its way, and a timer firing a hair early does not ask twice', async () => {
    const { page } = fakePage();
    // An answer that takes 12 s: the slot at 20 s passes while it is out, the next poll is at 30 s.
    const slow = recordingPoll({ takesMs: 12_000 });
    const stop = schedulePolls(slow.poll, page);
    await vi.advanceTimersByTimeAsync(35_000);
    expect(slow.calls).toEqual([10_000, 30_000]);
    stop();

    // From its first slot on, the page's clock reads 0.2 ms short of the timers'.
    const early: PollingPage = { ...page, now: () => (page.now() >= 40_000 ? page.now() - 0.2 : page.now()) };
    const quick = recordingPoll();
    schedulePolls(quick.poll, early);
    await vi.advanceTimersByTimeAsync(VISIBLE_POLL_MS + 5);
    expect(quick.calls).toEqual([5_000]);
  });

  it('never asks twice at a time: a tab shown while a poll is on its way waits for that answer, then counts its cadence from being shown', async () => {
    const { page, show } = fakePage();
    const { poll, calls } = recordingPoll({ takesMs: 3_000 });
    schedulePolls(poll, page);
    await vi.advanceTimersByTimeAsync(VISIBLE_POLL_MS + 1_000);
    show(false);
    show(true);
    await vi.advanceTimersByTimeAsync(2_000 + 2 * VISIBLE_POLL_MS);
    expect(calls).toEqual([10_000, 21_000, 31_000]);
  });

  it('stops when a poll says the live has ended, and when stopped; a failed poll is asked again', async () => {
    let ended = false;
    const { page, show } = fakePage();
    const { poll, calls } = recordingPoll({ more: () => !ended });
    schedulePolls(poll, page);
    poll.mockRejectedValueOnce(new Error('offline'));
    await vi.advanceTimersByTimeAsync(2 * VISIBLE_POLL_MS);
    expect(poll).toHaveBeenCalledTimes(2);
    ended = true;
    await vi.advanceTimersByTimeAsync(VISIBLE_POLL_MS);
    expect(calls).toHaveLength(2);
    expect(poll).toHaveBeenCalledTimes(3);
    show(false);
    show(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(poll).toHaveBeenCalledTimes(3);

    const other = fakePage();
    const second = recordingPoll();
    const stop = schedulePolls(second.poll, other.page);
    stop();
    other.show(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(second.poll).not.toHaveBeenCalled();
    expect(other.listeners.size).toBe(0);
  });
});

// POST_TO_VISIBLE_BOUND_MS holds only while no cache hands a reader an answer as old as
// LIVE_ANSWER_MAX_AGE_MS: the endpoint's Cache-Control says so, and nginx's rule follows it.
// Caches count whole seconds: a copy fresh for s-maxage, then stale for stale-while-revalidate,
// is served until it is almost one second older than their sum.
describe('the age of a poll answer', () => {
  it('the endpoint lets shared caches keep it, stale included, under LIVE_ANSWER_MAX_AGE_MS, and browsers not at all', async () => {
    const { GET } = await import('@/app/api/live/[id]/route');
    const response = await GET(new Request('http://localhost/api/live/1?sau=0'), { params: Promise.resolve({ id: '1' }) });
    const cacheControl = response.headers.get('cache-control') ?? '';
    const seconds = (directive: string) => Number(new RegExp(`\\b${directive}=(\\d+)`).exec(cacheControl)?.[1] ?? 0);
    expect(cacheControl).toMatch(/\bpublic\b/);
    expect(seconds('max-age')).toBe(0);
    expect(seconds('s-maxage')).toBeGreaterThan(0);
    expect((seconds('s-maxage') + seconds('stale-while-revalidate') + 1) * 1000).toBeLessThanOrEqual(LIVE_ANSWER_MAX_AGE_MS);
    expect(cacheControl).not.toMatch(/stale-if-error/);
  });

  it("nginx follows the endpoint's Cache-Control and serves no stale copy beyond it", () => {
    const config = fs.readFileSync(path.join(process.cwd(), 'deploy/nginx.conf'), 'utf8');
    const rule = /location \^~ \/api\/live\/ \{([^}]*)\}/.exec(config)?.[1];
    expect(rule, "deploy/nginx.conf's /api/live/ location").toBeDefined();
    const ignored = /proxy_ignore_headers ([^;]*);/.exec(rule!)?.[1];
    expect(ignored, 'the rule sets its own proxy_ignore_headers (the server-wide one ignores Cache-Control)').toBeDefined();
    expect(ignored).not.toMatch(/Cache-Control/i);
    expect(rule).not.toMatch(/proxy_cache_use_stale|proxy_cache_background_update|proxy_cache_valid/);
  });
});
