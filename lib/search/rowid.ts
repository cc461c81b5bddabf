// The article_search rowid is (publication minute) × 2^24 + (article id mod 2^24), so FTS5 can
// scan matches newest first and cut date ranges without reading the articles table. Values stay
// below 2^53 until the year 2500, so JavaScript numbers hold them exactly.

export const ROWID_ID_SPAN = 2 ** 24;
const MINUTE = 60_000;

// SQLite's CAST truncates toward zero; so must we.
const minuteOf = (date: Date) => Math.trunc(date.getTime() / MINUTE);

/** The smallest rowid an article published at or after this instant can have. */
export function rowidFrom(date: Date): number {
  return minuteOf(date) * ROWID_ID_SPAN;
}

/** The largest rowid an article published at or before this instant can have. */
export function rowidUntil(date: Date): number {
  return minuteOf(date) * ROWID_ID_SPAN + (ROWID_ID_SPAN - 1);
}

/** The article id a search rowid stands for. */
export function articleIdOf(rowid: number): number {
  return ((rowid % ROWID_ID_SPAN) + ROWID_ID_SPAN) % ROWID_ID_SPAN;
}
