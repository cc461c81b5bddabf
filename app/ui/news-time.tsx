import { formatDateLine, formatShortDate } from '@/lib/vi/time';

/** A machine-readable <time> showing the Vietnamese date line or its short form. */
export function NewsTime({ iso, short = false }: { iso: string; short?: boolean }) {
  const date = new Date(iso);
  return <time dateTime={iso}>{short ? formatShortDate(date) : formatDateLine(date)}</time>;
}
