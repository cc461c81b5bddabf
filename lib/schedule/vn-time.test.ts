import { describe, expect, it } from 'vitest';
import {
  formatScheduleTime,
  instantToVietnamLocal,
  parseFutureVietnamTime,
  vietnamLocalToInstant,
} from './vn-time';

describe('Vietnam time for scheduling', () => {
  it('converts a Vietnam wall-clock time to the UTC instant (UTC+7)', () => {
    expect(vietnamLocalToInstant('2026-11-25T10:00')!.toISOString()).toBe('2026-11-25T03:00:00.000Z');
    // Early morning in Vietnam is the previous day in UTC.
    expect(vietnamLocalToInstant('2026-01-01T03:30')!.toISOString()).toBe('2025-12-31T20:30:00.000Z');
  });

  it('accepts optional seconds', () => {
    expect(vietnamLocalToInstant('2026-11-25T10:00:05')!.toISOString()).toBe('2026-11-25T03:00:05.000Z');
    expect(vietnamLocalToInstant('2026-11-25T10:00:60')).toBeNull();
  });

  it('converts back for the datetime-local field', () => {
    expect(instantToVietnamLocal(new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-25T10:00');
    expect(instantToVietnamLocal(new Date('2025-12-31T20:30:00Z'))).toBe('2026-01-01T03:30');
    expect(instantToVietnamLocal(vietnamLocalToInstant('2026-07-04T23:59')!)).toBe('2026-07-04T23:59');
  });

  it('refuses invalid input', () => {
    for (const bad of ['', 'ngày mai', '2026-02-30T10:00', '2026-11-25T24:00', '2026-11-25 10:00', '2026-11-25T10:60'])
      expect(vietnamLocalToInstant(bad)).toBeNull();
  });

  it('refuses past and present times', () => {
    const now = new Date('2026-11-25T03:00:00Z');
    expect(parseFutureVietnamTime('2026-11-25T10:00', now)).toEqual({ ok: false, message: 'Thời điểm hẹn giờ phải ở tương lai.' });
    expect(parseFutureVietnamTime('2026-11-25T09:59', now).ok).toBe(false);
    expect(parseFutureVietnamTime('x', now)).toEqual({ ok: false, message: 'Thời điểm không hợp lệ.' });
    const ok = parseFutureVietnamTime('2026-11-25T10:01', now);
    expect(ok.ok && ok.at.toISOString()).toBe('2026-11-25T03:01:00.000Z');
  });

  it('formats in Vietnamese', () => {
    expect(formatScheduleTime(new Date('2026-11-25T03:05:00Z'))).toBe('10:05 ngày 25/11/2026');
  });
});
