export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Written out here because ICU builds differ in Vietnamese weekday names and casing.
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

type NewsroomClock = { year: number; month: number; day: number; hour: string; minute: string; weekday: number };

/** The wall-clock fields of an instant in the newsroom's time zone. */
export function newsroomClock(date: Date): NewsroomClock {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: String(parts.hour).padStart(2, '0'),
    minute: String(parts.minute).padStart(2, '0'),
    weekday: WEEKDAY_INDEX[String(parts.weekday)] ?? 0,
  };
}

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
