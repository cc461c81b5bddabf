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
  dayToDateText,
  formatDateText,
  formatDateTimeText,
  formatTimeText,
  parseDateText,
  parseDateTimeText,
  parseFutureVietnamTime,
  parseTimeText,
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
    expect(parseFutureVietnamTime('25/11/2026 10:00', now)).toEqual({ ok: false, message: 'Thời điểm hẹn giờ phải ở tương lai.' });
    expect(parseFutureVietnamTime('25/11/2026 09:59', now).ok).toBe(false);
    expect(parseFutureVietnamTime('x', now)).toEqual({ ok: false, message: '“x” không phải ngày: nhập ngày/tháng/năm, ví dụ 14/07/2023.' });
    // The datetime-local form the native field sent is not what the newsroom types.
    expect(parseFutureVietnamTime('2026-11-25T10:01', now).ok).toBe(false);
    const ok = parseFutureVietnamTime('25/11/2026 10:01', now);
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

describe('the newsroom date and time fields (dd/mm/yyyy, 24-hour HH:mm)', () => {
  it('reads a day as Vietnamese write it, padded or not, with / - or .', () => {
    expect(parseDateText('14/07/2023')).toEqual({ ok: true, value: '2023-07-14' });
    expect(parseDateText(' 4/7/2023 ')).toEqual({ ok: true, value: '2023-07-04' });
    expect(parseDateText('04-07-2023')).toEqual({ ok: true, value: '2023-07-04' });
    expect(parseDateText('4.7.2023')).toEqual({ ok: true, value: '2023-07-04' });
    expect(parseDateText('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('refuses impossible days and other orders, saying why in Vietnamese', () => {
    expect(parseDateText('31/02/2026')).toEqual({ ok: false, message: 'Không có ngày 31/02/2026: tháng 2 năm 2026 có 28 ngày.' });
    expect(parseDateText('29/02/2026').ok).toBe(false);
    expect(parseDateText('31/04/2026')).toEqual({ ok: false, message: 'Không có ngày 31/04/2026: tháng 4 năm 2026 có 30 ngày.' });
    expect(parseDateText('00/01/2026').ok).toBe(false);
    expect(parseDateText('14/13/2026')).toEqual({ ok: false, message: 'Không có tháng 13: tháng từ 1 đến 12.' });
    expect(parseDateText('2026-11-25')).toEqual({ ok: false, message: '“2026-11-25” không phải ngày: nhập ngày/tháng/năm, ví dụ 14/07/2023.' });
    expect(parseDateText('11/25/26').ok).toBe(false);
    expect(parseDateText('')).toEqual({ ok: false, message: 'Chưa nhập ngày (ngày/tháng/năm, ví dụ 14/07/2023).' });
  });

  it('reads 24-hour times, with optional seconds and the "10h25" shorthand', () => {
    expect(parseTimeText('10:25')).toEqual({ ok: true, value: '10:25' });
    expect(parseTimeText('9:05')).toEqual({ ok: true, value: '09:05' });
    expect(parseTimeText('23:59:59')).toEqual({ ok: true, value: '23:59:59' });
    expect(parseTimeText('10h25')).toEqual({ ok: true, value: '10:25' });
    expect(parseTimeText('7h')).toEqual({ ok: true, value: '07:00' });
    expect(parseTimeText('00:00')).toEqual({ ok: true, value: '00:00' });
  });

  it('refuses impossible times and AM/PM, saying why', () => {
    expect(parseTimeText('25:00')).toEqual({ ok: false, message: 'Không có 25:00: giờ từ 00 đến 23 (24 giờ).' });
    expect(parseTimeText('24:00').ok).toBe(false);
    expect(parseTimeText('10:60')).toEqual({ ok: false, message: 'Không có 10:60: phút từ 00 đến 59.' });
    expect(parseTimeText('10:30:60').ok).toBe(false);
    expect(parseTimeText('2:30 PM').ok).toBe(false);
    expect(parseTimeText('')).toEqual({ ok: false, message: 'Chưa nhập giờ (giờ:phút theo 24 giờ, ví dụ 14:30).' });
  });

  it('turns a typed day and time into the instant in Vietnam time, whatever the machine zone', () => {
    const at = parseDateTimeText('14/07/2023 10:25');
    expect(at.ok && at.value.toISOString()).toBe('2023-07-14T03:25:00.000Z');
    const late = parseDateTimeText('1/1/2024 00:30:15');
    expect(late.ok && late.value.toISOString()).toBe('2023-12-31T17:30:15.000Z');
    expect(parseDateTimeText('31/02/2026 10:00').ok).toBe(false);
    expect(parseDateTimeText('25/11/2026 25:00')).toEqual({ ok: false, message: 'Không có 25:00: giờ từ 00 đến 23 (24 giờ).' });
    expect(parseDateTimeText('25/11/2026')).toEqual({ ok: false, message: 'Chưa nhập giờ (giờ:phút theo 24 giờ, ví dụ 14:30).' });
    expect(parseDateTimeText('25/11/2026 10:00 PM').ok).toBe(false);
  });

  it('prints what the fields show, and reads back what it prints', () => {
    const instant = new Date('2026-11-24T17:05:09Z'); // 00:05:09 on 25/11 in Hà Nội
    expect(formatDateText(instant)).toBe('25/11/2026');
    expect(formatTimeText(instant)).toBe('00:05');
    expect(formatTimeText(instant, true)).toBe('00:05:09');
    expect(formatDateTimeText(instant, true)).toBe('25/11/2026 00:05:09');
    const back = parseDateTimeText(formatDateTimeText(instant, true));
    expect(back.ok && back.value.getTime()).toBe(instant.getTime());
    expect(dayToDateText('2026-03-05')).toBe('05/03/2026');
  });
});
