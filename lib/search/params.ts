// The /tim-kiem URL: ?q=…&chuyen-muc=…&tu-ngay=YYYY-MM-DD&den-ngay=YYYY-MM-DD&sap-xep=moi-nhat&trang=N.
// Unknown or malformed values are dropped rather than refused, so any URL renders a page.

export type SearchSort = 'relevance' | 'newest';

export type SearchRequest = {
  q: string;
  section: string | null;
  from: string | null;
  to: string | null;
  sort: SearchSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

export const SEARCH_PATH = '/tim-kiem';
const NEWEST = 'moi-nhat';
const MAX_PAGE = 10_000;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** A calendar day as YYYY-MM-DD, or null when it is not a real date. */
export function parseDay(raw: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1900 && y <= 2999 ? match[0] : null;
}

/** Reads the search page's query string; never throws. */
export function readSearchRequest(params: RawParams): SearchRequest {
  const rawPage = first(params.trang);
  const page = /^\d{1,5}$/.test(rawPage) ? Math.min(Math.max(Number(rawPage), 1), MAX_PAGE) : 1;
  let from = parseDay(first(params['tu-ngay']));
  let to = parseDay(first(params['den-ngay']));
  if (from && to && from > to) [from, to] = [to, from];
  const section = first(params['chuyen-muc']).trim();
  return {
    q: first(params.q),
    section: /^[a-z0-9-]{1,100}$/.test(section) ? section : null,
    from,
    to,
    sort: first(params['sap-xep']) === NEWEST ? 'newest' : 'relevance',
    page,
  };
}

/** The URL of a search, with the page or other fields changed. */
export function searchUrl(request: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const r = { ...request, ...changes };
  const query = new URLSearchParams();
  query.set('q', r.q);
  if (r.section) query.set('chuyen-muc', r.section);
  if (r.from) query.set('tu-ngay', r.from);
  if (r.to) query.set('den-ngay', r.to);
  if (r.sort === 'newest') query.set('sap-xep', NEWEST);
  if (r.page > 1) query.set('trang', String(r.page));
  return `${SEARCH_PATH}?${query.toString()}`;
}
