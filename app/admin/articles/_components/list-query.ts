import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain/article-status';

// The list's filters as they appear in the URL (Vietnamese names), parsed defensively.

export type ArticleListQuery = {
  q: string;
  status: ArticleStatus | null;
  sectionId: number | null;
  authorId: number | null;
  needsHeadline: boolean;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? '';
const positive = (value: string) => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export function parseListQuery(params: Params): ArticleListQuery {
  const status = one(params['trang-thai']);
  return {
    q: one(params.q).slice(0, 200),
    status: (ARTICLE_STATUSES as readonly string[]).includes(status)
      ? (status as ArticleStatus)
      : null,
    sectionId: positive(one(params['chuyen-muc'])),
    authorId: positive(one(params['nguoi-viet'])),
    needsHeadline: one(params['can-tieu-de']) === '1',
    page: Math.min(positive(one(params.trang)) ?? 1, 10_000),
  };
}

/** The list URL for a query, with page `page`. */
export function listHref(query: ArticleListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('trang-thai', query.status);
  if (query.sectionId) params.set('chuyen-muc', String(query.sectionId));
  if (query.authorId) params.set('nguoi-viet', String(query.authorId));
  if (query.needsHeadline) params.set('can-tieu-de', '1');
  if (page > 1) params.set('trang', String(page));
  const search = params.toString();
  return `/admin/articles${search ? `?${search}` : ''}`;
}
