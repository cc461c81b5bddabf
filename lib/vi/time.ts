// The newsroom's clock: every conversion between an instant and Vietnam wall-clock time, and every
// way the site prints one, on the server and in the browser alike. Offsets are read from Intl for
// Asia/Ho_Chi_Minh, never written as a literal, so there is one source of truth for the zone.

export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Written out here because ICU builds differ in Vietnamese weekday names and casing.
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

type NewsroomClock = {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
  second: string;
  weekday: number;
};

/** The wall-clock fields of an instant in the newsroom's time zone. */
export function newsroomClock(date: Date): NewsroomClock {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: String(parts.hour).padStart(2, '0'),
    minute: String(parts.minute).padStart(2, '0'),
    second: String(parts.second).padStart(2, '0'),
    weekday: WEEKDAY_INDEX[String(parts.weekday)] ?? 0,
  };
}

/** Offset of the newsroom zone from UTC at `instant`, in minutes. */
function zoneOffsetMinutes(instant: Date): number {
  const c = newsroomClock(instant);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, Number(c.hour), Number(c.minute), Number(c.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The newsroom zone's offset from UTC in milliseconds, for SQL that must bucket stored instants by
 * Vietnam day or month (SQLite knows no time zones). Vietnam has kept one offset since 1975, so the
 * current one holds for every stored article.
 */
export function newsroomUtcOffsetMs(at = new Date()): number {
  return zoneOffsetMinutes(at) * 60_000;
}

// ---- Printing -------------------------------------------------------------------------------

/** The date line as Vietnamese newspapers print it: "Thứ Sáu, 14/7/2023 - 10:25". */
export function formatDateLine(date: Date): string {
  const c = newsroomClock(date);
  return `${WEEKDAYS[c.weekday]}, ${c.day}/${c.month}/${c.year} - ${c.hour}:${c.minute}`;
}

/** Short form for lists: "14/7/2023 10:25". */
export function formatShortDate(date: Date): string {
  const c = newsroomClock(date);
  return `${c.day}/${c.month}/${c.year} ${c.hour}:${c.minute}`;
}

/** The time of day to the second: "10:25:07" (when a save happened). */
export function formatClockTime(date: Date): string {
  const c = newsroomClock(date);
  return `${c.hour}:${c.minute}:${c.second}`;
}

/** Time and date to the second, as vi-VN prints them: "10:25:07 14/7/2023". */
export function formatDateTime(date: Date): string {
  const c = newsroomClock(date);
  return `${formatClockTime(date)} ${c.day}/${c.month}/${c.year}`;
}

/**
 * An audit-trail timestamp, padded so rows line up: "14/07/2023 10:25:07". Seconds matter there
 * (a burst of failed sign-ins), so not the site's short date.
 */
export function formatAuditTime(date: Date): string {
  const c = newsroomClock(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(c.day)}/${pad(c.month)}/${c.year} ${c.hour}:${c.minute}:${c.second}`;
}

/** "10:00 ngày 25/11/2026" in Vietnam time, for the workflow bar and lists. */
export function formatScheduleTime(instant: Date): string {
  const local = instantToVietnamLocal(instant);
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/** A W3C datetime in Vietnam time with its zone: "2023-07-14T10:25:00+07:00". */
export function w3cDateTime(date: Date): string {
  const offset = zoneOffsetMinutes(date);
  const local = new Date(date.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

// ---- Reading wall-clock input ---------------------------------------------------------------

// Seconds are optional: a datetime-local field sends them only when its step asks for them.
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-11-25T10:00" as typed in a datetime-local field in Vietnam → the UTC instant, or null if invalid. */
export function vietnamLocalToInstant(value: string): Date | null {
  const m = LOCAL_RE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, sec = 0] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as number[] as [
    number, number, number, number, number, number?,
  ];
  if (sec > 59) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi, sec);
  const check = new Date(naive);
  // Reject 2026-02-30 and 25:00 rather than letting Date roll them over.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59)
    return null;
  const first = naive - zoneOffsetMinutes(new Date(naive)) * 60_000;
  return new Date(naive - zoneOffsetMinutes(new Date(first)) * 60_000);
}

/** The UTC instant as a datetime-local value in Vietnam time ("2026-11-25T10:00"). */
export function instantToVietnamLocal(instant: Date): string {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(instant) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The Vietnam-time calendar month of a date, as "2023-07". */
export function vietnamMonth(date: Date): string {
  return instantToVietnamLocal(date).slice(0, 7);
}

// ---- The newsroom's date and time fields ----------------------------------------------------
// Staff type dates and times as the newsroom writes them, 14/07/2023 and 24-hour 10:25, whatever
// the browser's locale (a native picker shows mm/dd/yyyy and AM/PM under en-US). The browser's
// field and the server parse the same text with these functions; each refusal says why.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
// "10:25", "10:25:07", and the newsroom's shorthand "10h25" / "10h".
const TIME_TEXT = /^(\d{1,2})(?:[:hg](\d{2})(?::(\d{2}))?|[hg])$/i;
const DATE_EXAMPLE = 'ngày/tháng/năm, ví dụ 14/07/2023';
const TIME_EXAMPLE = 'giờ:phút theo 24 giờ, ví dụ 14:30';
const pad2 = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "14/7/2023" (also with - or .) → the day "2023-07-14", or why it is no date. */
export function parseDateText(text: string): Parsed<string> {
  const typed = text.trim();
  if (!typed) return { ok: false, message: `Chưa nhập ngày (${DATE_EXAMPLE}).` };
  const m = DATE_TEXT.exec(typed);
  if (!m) return { ok: false, message: `“${typed}” không phải ngày: nhập ${DATE_EXAMPLE}.` };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, message: `Không có tháng ${month}: tháng từ 1 đến 12.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { ok: false, message: `Không có ngày ${pad2(day)}/${pad2(month)}/${year}: tháng ${month} năm ${year} có ${last} ngày.` };
  }
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** "9:05", "09:05:30" or "9h05" → "09:05" / "09:05:30" (24-hour), or why it is no time of day. */
export function parseTimeText(text: string): Parsed<string> {
  const typed = text.trim();
  if (!typed) return { ok: false, message: `Chưa nhập giờ (${TIME_EXAMPLE}).` };
  const m = TIME_TEXT.exec(typed);
  if (!m) return { ok: false, message: `“${typed}” không phải giờ: nhập ${TIME_EXAMPLE}.` };
  const [hour, minute, second] = [Number(m[1]), Number(m[2] ?? 0), m[3] === undefined ? null : Number(m[3])];
  if (hour > 23) return { ok: false, message: `Không có ${typed}: giờ từ 00 đến 23 (24 giờ).` };
  if (minute > 59) return { ok: false, message: `Không có ${typed}: phút từ 00 đến 59.` };
  if (second !== null && second > 59) return { ok: false, message: `Không có ${typed}: giây từ 00 đến 59.` };
  return { ok: true, value: `${pad2(hour)}:${pad2(minute)}${second === null ? '' : `:${pad2(second)}`}` };
}

/** "25/11/2026 10:00" (a day, then a time) in Vietnam time → its instant, or why it is none. */
export function parseDateTimeText(text: string): Parsed<Date> {
  const [dayText = '', timeText = '', ...rest] = text.trim().split(/\s+/);
  if (rest.length > 0) return { ok: false, message: `Nhập ngày rồi giờ: ${DATE_EXAMPLE}, và ${TIME_EXAMPLE}.` };
  const day = parseDateText(dayText);
  if (!day.ok) return day;
  const time = parseTimeText(timeText);
  if (!time.ok) return time;
  const at = vietnamLocalToInstant(`${day.value}T${time.value}`);
  return at ? { ok: true, value: at } : { ok: false, message: 'Thời điểm không hợp lệ.' };
}

/** An instant's Vietnam day as the date field shows it: "25/11/2026". */
export function formatDateText(instant: Date): string {
  const c = newsroomClock(instant);
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

/** A day "2026-11-25" as the date field shows it: "25/11/2026". */
export function dayToDateText(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/** An instant's Vietnam time of day as the time field shows it: "10:00" (or "10:00:05"). */
export function formatTimeText(instant: Date, withSeconds = false): string {
  const c = newsroomClock(instant);
  return withSeconds ? `${c.hour}:${c.minute}:${c.second}` : `${c.hour}:${c.minute}`;
}

/** What a date-and-time field holds for an instant: "25/11/2026 10:00". */
export function formatDateTimeText(instant: Date, withSeconds = false): string {
  return `${formatDateText(instant)} ${formatTimeText(instant, withSeconds)}`;
}

export type ScheduleTime = { ok: true; at: Date } | { ok: false; message: string };

/** Parses a Vietnam time as typed ("25/11/2026 10:00") for scheduling: a real time, strictly in the future. */
export function parseFutureVietnamTime(text: string, now = new Date()): ScheduleTime {
  const at = parseDateTimeText(text);
  if (!at.ok) return at;
  if (at.value.getTime() <= now.getTime()) return { ok: false, message: 'Thời điểm hẹn giờ phải ở tương lai.' };
  return { ok: true, at: at.value };
}

// ---- Newsroom days and months ---------------------------------------------------------------

/** The calendar day after "YYYY-MM-DD" (no zone involved: days are labels here). */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first instant of a newsroom day "YYYY-MM-DD", or null when it is not a real day. */
export function startOfNewsroomDay(day: string): Date | null {
  return DAY_RE.test(day) ? vietnamLocalToInstant(`${day}T00:00`) : null;
}

/** The last instant (to the millisecond) of a newsroom day, or null when it is not a real day. */
export function endOfNewsroomDay(day: string): Date | null {
  if (!startOfNewsroomDay(day)) return null;
  const next = startOfNewsroomDay(nextDay(day));
  return next && new Date(next.getTime() - 1);
}

/** [from, to) for "from day" and "to day" inclusive, both optional, as typed in <input type="date">. */
export function newsroomDayRange(fromDay?: string, toDay?: string): { from?: Date; to?: Date } {
  const from = (fromDay && startOfNewsroomDay(fromDay)) || undefined;
  const lastDay = toDay && startOfNewsroomDay(toDay) ? toDay : undefined;
  const to = (lastDay && startOfNewsroomDay(nextDay(lastDay))) || undefined;
  return { from, to };
}

/** [start, end) of a newsroom month "YYYY-MM". */
export function newsroomMonthBounds(month: string): { start: Date; end: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const following = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  const start = vietnamLocalToInstant(`${month}-01T00:00`);
  const end = vietnamLocalToInstant(`${following}-01T00:00`);
  if (!start || !end) throw new RangeError(`Not a month: ${month}`);
  return { start, end };
}
