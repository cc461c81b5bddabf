import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight';

describe('singleFlight', () => {
  it('runs a job once for callers that ask while it runs, and again once it has settled', async () => {
    let runs = 0;
    let finish!: (value: string) => void;
    const job = () => {
      runs += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const callers = Array.from({ length: 10 }, () => singleFlight('a', job));
    await new Promise((resolve) => setImmediate(resolve));
    finish('xong');
    expect(await Promise.all(callers)).toEqual(Array(10).fill('xong'));
    expect(runs).toBe(1);

    const later = singleFlight('a', async () => 'lần sau');
    expect(await later).toBe('lần sau');
  });

  it('keeps different keys apart', async () => {
    const results = await Promise.all([singleFlight('x', async () => 1), singleFlight('y', async () => 2)]);
    expect(results).toEqual([1, 2]);
  });

  it('shares a failure with every waiting caller, then forgets it', async () => {
    const failing = () => singleFlight('b', () => Promise.reject(new Error('hỏng')));
    await expect(Promise.all([failing(), failing()])).rejects.toThrow('hỏng');
    expect(await singleFlight('b', async () => 'ổn')).toBe('ổn');
  });
});
