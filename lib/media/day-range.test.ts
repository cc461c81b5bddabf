import { describe, expect, it } from 'vitest';
import { newsroomDayRange } from './day-range';

describe('newsroomDayRange', () => {
  it('covers whole newsroom days, the last one included', () => {
    expect(newsroomDayRange('2026-11-01', '2026-11-25')).toEqual({
      from: new Date('2026-10-31T17:00:00Z'),
      to: new Date('2026-11-25T17:00:00Z'),
    });
  });

  it('leaves out a bound that is missing or malformed', () => {
    expect(newsroomDayRange(undefined, '2026-02-30x')).toEqual({ from: undefined, to: undefined });
    expect(newsroomDayRange('2026-11-01')).toEqual({ from: new Date('2026-10-31T17:00:00Z'), to: undefined });
  });
});
