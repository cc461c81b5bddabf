import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_POLL_MS, schedulePolls, VISIBLE_POLL_MS, type PageVisibility } from '@/app/ui/live/poll-schedule';

// The live page's poll timing (app/ui/live/live-updates.tsx), on fake timers with a stand-in for
// document.visibilityState: the reader's tab is shown or hidden by the test.

function fakePage(visible = true) {
  const listeners = new Set<() => void>();
  const page: PageVisibility = {
    isVisible: () => visible,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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

  it('never asks twice at a time: a tab shown while a poll is on its way waits for that answer', async () => {
    const { page, show } = fakePage();
    const { poll, calls } = recordingPoll({ takesMs: 3_000 });
    schedulePolls(poll, page);
    await vi.advanceTimersByTimeAsync(VISIBLE_POLL_MS + 1_000);
    show(false);
    show(true);
    await vi.advanceTimersByTimeAsync(2_000 + VISIBLE_POLL_MS);
    expect(calls).toEqual([10_000, 23_000]);
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
