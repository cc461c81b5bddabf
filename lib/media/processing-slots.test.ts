import { describe, expect, it } from 'vitest';
import { MAX_CONCURRENT_PROCESSING } from './limits';
import { withProcessingSlot } from './processing-slots';

describe('withProcessingSlot', () => {
  it('never runs more jobs at once than the limit, and runs them all', async () => {
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const job = () =>
      withProcessingSlot(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return 'ok';
      });
    let settled = 0;
    const results = Array.from({ length: 6 }, () => job().finally(() => (settled += 1)));
    // Release whichever jobs are waiting for their work to finish, until all are done (a queued
    // job may start a tick after a slot frees, so wait on the results, not on the counters).
    while (settled < results.length) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    expect(await Promise.all(results)).toEqual(Array(6).fill('ok'));
    expect(peak).toBe(MAX_CONCURRENT_PROCESSING);
  });

  it('frees the slot when a job fails', async () => {
    await expect(withProcessingSlot(() => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    const all = await Promise.all(Array.from({ length: MAX_CONCURRENT_PROCESSING + 1 }, () => withProcessingSlot(async () => 1)));
    expect(all).toHaveLength(MAX_CONCURRENT_PROCESSING + 1);
  });
});
