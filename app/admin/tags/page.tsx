import type { Metadata } from 'next';
import { Pagination } from '@/app/ui/pagination';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { listTagsForAdmin, TAG_PAGE_SIZE } from '@/lib/data/tags-admin';
import { parsePageNumber } from '@/lib/paging';
import { TagItem } from './_components/tag-item';
import '../sections/_components/sections.css';

export const metadata: Metadata = { title: 'Thẻ' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The outcome of a merge or delete, whose tag row (and its form) no longer exists. */
function notice(params: Record<string, string | string[] | undefined>): string | null {
  const slug = (key: string) => {
    const value = params[key];
    return typeof value === 'string' && SLUG.test(value) ? value : null;
  };
  const merged = slug('da-gop');
  const into = slug('vao');
  if (merged && into) return `Đã gộp thẻ /chu-de/${merged} vào /chu-de/${into}.`;
  const deleted = slug('da-xoa');
  return deleted ? `Đã xóa thẻ /chu-de/${deleted}.` : null;
}

export default async function TagsPage({ searchParams }: Props) {
  await requireCapabilityPage('tag:manage');
  const params = await searchParams;
  const query = typeof params.q === 'string' ? params.q.slice(0, 80) : '';
  const page = parsePageNumber(typeof params.trang === 'string' ? params.trang : undefined) ?? 1;
  const { items, total } = listTagsForAdmin(query, page);
  const message = notice(params);
  const pages = Math.max(1, Math.ceil(total / TAG_PAGE_SIZE));
  const href = (n: number) => `/admin/tags?${new URLSearchParams({ ...(query ? { q: query } : {}), trang: String(n) })}`;
  return (
    <>
      <h1>Thẻ</h1>
      {message ? (
        <p role="status" className="admin-message admin-message-success">
          {message}
        </p>
      ) : null}
      <form role="search" aria-label="Tìm thẻ" className="admin-inline-form">
        <label htmlFor="tag-query">Tìm thẻ</label>
        <input id="tag-query" name="q" type="search" defaultValue={query} />
        <button type="submit">Tìm</button>
      </form>
      <p role="status">{query ? `${total} thẻ khớp “${query}”.` : `${total} thẻ.`}</p>
      <ul className="admin-sections">
        {items.map((tag) => (
          <li key={tag.id}>
            <TagItem tag={tag} />
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pages} href={href} label="Phân trang thẻ" />
    </>
  );
}
