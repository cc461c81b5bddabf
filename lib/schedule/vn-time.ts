import { NEWSROOM_TIME_ZONE } from '@/lib/vi/date';

// Seconds are optional: a datetime-local field sends them only when its step asks for them.
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Offset of the newsroom zone from UTC at `instant`, in minutes, read from Intl (no hard-coded +7). */
function zoneOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: NEWSROOM_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

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

export type ScheduleTime = { ok: true; at: Date } | { ok: false; message: string };

/** Parses a Vietnam-time input for scheduling: valid and strictly in the future. */
export function parseFutureVietnamTime(value: string, now = new Date()): ScheduleTime {
  const at = vietnamLocalToInstant(value);
  if (!at) return { ok: false, message: 'Thời điểm không hợp lệ.' };
  if (at.getTime() <= now.getTime()) return { ok: false, message: 'Thời điểm hẹn giờ phải ở tương lai.' };
  return { ok: true, at };
}

/** "10:00 ngày 25/11/2026" in Vietnam time, for the workflow bar and lists. */
export function formatScheduleTime(instant: Date): string {
  const local = instantToVietnamLocal(instant);
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}
