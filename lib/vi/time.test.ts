import { describe, expect, it } from 'vitest';
import {
  endOfNewsroomDay,
  formatAuditTime,
  formatClockTime,
  formatDateLine,
  formatDateTime,
  formatScheduleTime,
  formatShortDate,
  instantToVietnamLocal,
  NEWSROOM_TIME_ZONE,
  newsroomDayRange,
  newsroomMonthBounds,
  newsroomUtcOffsetMs,
  parseFutureVietnamTime,
  startOfNewsroomDay,
  vietnamLocalToInstant,
  vietnamMonth,
  w3cDateTime,
} from './time';

const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('formatDateLine', () => {
  it('prints the Vietnamese date line in Asia/Ho_Chi_Minh time', () => {
    expect(formatDateLine(new Date('2023-07-14T03:25:00Z'))).toBe('Thứ Sáu, 14/7/2023 - 10:25');
  });
  it('moves to the next day in Vietnam before UTC does', () => {
    // 18:30 UTC on a Saturday is 01:30 on Sunday in Hà Nội.
    expect(formatDateLine(new Date('2024-03-02T18:30:00Z'))).toBe('Chủ Nhật, 3/3/2024 - 01:30');
  });
  it('names every weekday', () => {
    const names = Array.from({ length: 7 }, (_, i) =>
      formatDateLine(new Date(Date.UTC(2024, 0, 1 + i, 5))).split(',')[0],
    );
    expect(names).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
  });
  it('pads minutes and hours', () => {
    expect(formatShortDate(new Date('2024-12-31T17:05:00Z'))).toBe('1/1/2025 00:05');
  });
});

describe('times to the second', () => {
  // The editor and the audit trail printed these with Intl directly; the output must not change.
  const samples = ['2023-07-14T03:25:07Z', '2024-12-31T17:05:09Z', '2026-01-01T00:00:00Z'].map((s) => new Date(s));

  it('prints the clock time and date as vi-VN does, in newsroom time', () => {
    expect(formatClockTime(new Date('2024-12-31T17:05:09Z'))).toBe('00:05:09');
    expect(formatDateTime(new Date('2024-12-31T17:05:09Z'))).toBe('00:05:09 1/1/2025');
    for (const d of samples) {
      expect(formatClockTime(d)).toBe(d.toLocaleTimeString('vi-VN', { timeZone: NEWSROOM_TIME_ZONE }));
      expect(formatDateTime(d)).toBe(d.toLocaleString('vi-VN', { timeZone: NEWSROOM_TIME_ZONE }));
    }
  });

  it('prints audit timestamps padded, to the second (as the audit table printed them)', () => {
    expect(formatAuditTime(new Date('2024-12-31T17:05:09Z'))).toBe('01/01/2025 00:05:09');
    const enGb = new Intl.DateTimeFormat('en-GB', {
      timeZone: NEWSROOM_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    for (const d of samples) expect(formatAuditTime(d)).toBe(enGb.format(d).replace(',', ''));
  });
});

describe('W3C datetimes and months', () => {
  it('writes W3C datetimes in Vietnam time with the zone', () => {
    expect(w3cDateTime(new Date('2023-07-14T03:25:00Z'))).toBe('2023-07-14T10:25:00+07:00');
    expect(w3cDateTime(new Date('2023-07-31T20:00:00Z'))).toBe('2023-08-01T03:00:00+07:00');
    expect(w3cDateTime(new Date('2023-07-31T20:00:00Z'))).toMatch(W3C);
  });

  it('puts a story published early on the 1st (Vietnam time) in that month', () => {
    expect(vietnamMonth(new Date('2023-07-31T18:30:00Z'))).toBe('2023-08');
    expect(vietnamMonth(new Date('2023-07-31T16:59:59Z'))).toBe('2023-07');
  });

  it('bounds a month in Vietnam time, December included', () => {
    expect(newsroomMonthBounds('2023-07')).toEqual({
      start: new Date('2023-06-30T17:00:00Z'),
      end: new Date('2023-07-31T17:00:00Z'),
    });
    expect(newsroomMonthBounds('2023-12').end).toEqual(new Date('2023-12-31T17:00:00Z'));
  });

  it('gives SQL the offset that matches the formatter', () => {
    const at = new Date('2023-07-14T03:25:00Z');
    const local = new Date(at.getTime() + newsroomUtcOffsetMs(at)).toISOString().slice(0, 16);
    expect(local).toBe(instantToVietnamLocal(at));
    expect(local).toBe('2023-07-14T10:25');
  });
});

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

describe('newsroom days', () => {
  it('bounds days in Vietnam time (search filters)', () => {
    expect(startOfNewsroomDay('2023-07-14')!.toISOString()).toBe('2023-07-13T17:00:00.000Z');
    expect(endOfNewsroomDay('2023-07-14')!.toISOString()).toBe('2023-07-14T16:59:59.999Z');
    expect(endOfNewsroomDay('2023-12-31')!.toISOString()).toBe('2023-12-31T16:59:59.999Z');
    expect(startOfNewsroomDay('2023-02-29')).toBeNull();
    expect(endOfNewsroomDay('2023-07-14T00:00')).toBeNull();
  });

  it('covers whole newsroom days, the last one included (library and audit filters)', () => {
    expect(newsroomDayRange('2026-11-01', '2026-11-25')).toEqual({
      from: new Date('2026-10-31T17:00:00Z'),
      to: new Date('2026-11-25T17:00:00Z'),
    });
  });

  it('leaves out a bound that is missing or malformed', () => {
    expect(newsroomDayRange(undefined, '2026-02-30x')).toEqual({ from: undefined, to: undefined });
    expect(newsroomDayRange('2026-02-30', '')).toEqual({ from: undefined, to: undefined });
    expect(newsroomDayRange('2026-11-01')).toEqual({ from: new Date('2026-10-31T17:00:00Z'), to: undefined });
  });
});
