'use client';

import { useId, useState } from 'react';
import { dayToDateText, parseDateText, parseTimeText, type Parsed } from '@/lib/vi/time';

// The newsroom's own date and time inputs: typed text in dd/mm/yyyy and 24-hour HH:mm, Vietnam
// time, whatever the browser's locale (Chromium's native picker shows mm/dd/yyyy and AM/PM under
// en-US). The server parses the same text with lib/vi/time.ts; these fields only say early why a
// value will be refused. Arrow Up/Down step the day or the minute.

/** The field's value: "25/11/2026 10:00", or the parts typed so far ("25/11/2026 " or " 10:00"). */
function split(value: string): [date: string, time: string] {
  const gap = value.indexOf(' ');
  return gap < 0 ? [value, ''] : [value.slice(0, gap), value.slice(gap + 1)];
}

function join(date: string, time: string): string {
  return date || time ? `${date} ${time}` : '';
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The day after or before a typed day, or null when the typed text is no day. */
function stepDay(text: string, by: number): string | null {
  const day = parseDateText(text);
  if (!day.ok) return null;
  const [y, m, d] = day.value.split('-').map(Number) as [number, number, number];
  return dayToDateText(new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10));
}

/** The minute after or before a typed time (round the clock), or null when the text is no time. */
function stepMinute(text: string, by: number): string | null {
  const time = parseTimeText(text);
  if (!time.ok) return null;
  const [h, m, s] = time.value.split(':').map(Number) as [number, number, number?];
  const minutes = (h * 60 + m + by + 24 * 60) % (24 * 60);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}${s === undefined ? '' : `:${pad2(s)}`}`;
}

function onArrow(step: (text: string, by: number) => string | null, text: string, set: (next: string) => void) {
  return (event: React.KeyboardEvent<HTMLInputElement>) => {
    const by = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    const next = by && step(text, by);
    if (!next) return;
    event.preventDefault();
    set(next);
  };
}

/** The refusal to show for one part once the writer has left it (nothing for a part never typed in). */
function problem(parsed: Parsed<string>, touched: boolean, anyTyped: boolean): string | null {
  return touched && anyTyped && !parsed.ok ? parsed.message : null;
}

type PartProps = {
  label: string;
  placeholder: string;
  /** The longest text the part takes, which is also its width. */
  length: number;
  value: string;
  invalid: boolean;
  onChange: (text: string) => void;
  onLeave: () => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => void;
};

/** The day or the time of a DateTimeField. */
function PartInput({ label, placeholder, length, value, invalid, onChange, onLeave, onKeyDown }: PartProps) {
  return (
    <label>
      {label}
      <input
        type="text"
        autoComplete="off"
        placeholder={placeholder}
        size={length}
        maxLength={length}
        value={value}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onLeave}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}

type DateTimeProps = {
  /** What the time is for, e.g. "Hẹn giờ đăng (giờ Việt Nam)". */
  label: string;
  /** "25/11/2026 10:00" as typed (lib/vi/time.ts formatDateTimeText prints one), or "". */
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
};

/** A day and a time of day in Vietnam time, typed as dd/mm/yyyy and HH:mm; the value is both, space-separated. */
export function DateTimeField({ label, value, onChange, disabled }: DateTimeProps) {
  const id = useId();
  const [date, time] = split(value);
  const [touched, setTouched] = useState({ date: false, time: false });
  const anyTyped = Boolean(date || time);
  const dateProblem = problem(parseDateText(date), touched.date, anyTyped);
  const timeProblem = problem(parseTimeText(time), touched.time, anyTyped);
  const message = dateProblem ?? timeProblem;
  // A whole "25/11/2026 10:00" pasted into the day goes to both parts.
  const setDate = (text: string) => onChange(/\s/.test(text.trim()) ? text.trim().replace(/\s+/, ' ') : join(text.trim(), time));
  const setTime = (text: string) => onChange(join(date, text.replace(/\s+/g, '')));

  return (
    <fieldset className="admin-datetime" aria-describedby={message ? `${id}-loi` : `${id}-dang`} disabled={disabled}>
      <legend>{label}</legend>
      <span className="admin-datetime-parts">
        <PartInput
          label="Ngày"
          placeholder="dd/mm/yyyy"
          length={10}
          value={date}
          invalid={Boolean(dateProblem)}
          onChange={setDate}
          onLeave={() => setTouched((t) => ({ ...t, date: true }))}
          onKeyDown={onArrow(stepDay, date, (next) => onChange(join(next, time)))}
        />
        <PartInput
          label="Giờ"
          placeholder="HH:mm"
          length={8}
          value={time}
          invalid={Boolean(timeProblem)}
          onChange={setTime}
          onLeave={() => setTouched((t) => ({ ...t, time: true }))}
          onKeyDown={onArrow(stepMinute, time, (next) => onChange(join(date, next)))}
        />
      </span>
      {message ? (
        <p id={`${id}-loi`} className="admin-field-error" role="alert">
          {message}
        </p>
      ) : (
        <p id={`${id}-dang`} className="admin-hint">
          Ngày/tháng/năm và giờ:phút theo 24 giờ, ví dụ 14/07/2023 10:25.
        </p>
      )}
    </fieldset>
  );
}

type DateProps = { id: string; label: string; name: string; defaultValue?: string };

/**
 * A day typed as dd/mm/yyyy for a plain GET filter form: posts the text as typed, the page parses it.
 * The input is uncontrolled, so a day typed before the page has hydrated is kept (a controlled one
 * was reset to the page's value and the filter posted without it).
 */
export function DateField({ id, label, name, defaultValue = '' }: DateProps) {
  const [text, setText] = useState(defaultValue);
  const [touched, setTouched] = useState(false);
  const message = problem(parseDateText(text), touched, text.trim() !== '');
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        size={10}
        maxLength={10}
        defaultValue={defaultValue}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-loi` : undefined}
        onChange={(event) => setText(event.target.value.trim())}
        onBlur={(event) => {
          setText(event.target.value.trim());
          setTouched(true);
        }}
        onKeyDown={(event) => {
          const input = event.currentTarget;
          onArrow(stepDay, input.value.trim(), (next) => {
            input.value = next;
            setText(next);
          })(event);
        }}
      />
      {message ? (
        <p id={`${id}-loi`} className="admin-field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
