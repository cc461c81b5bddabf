import Link from 'next/link';
import { searchUrl, type SearchRequest } from '@/lib/search/params';

/** Previous and next pages of a search, keeping its query and filters. */
export function SearchPagination({ request, pageCount }: { request: SearchRequest; pageCount: number }) {
  if (pageCount <= 1) return null;
  const { page } = request;
  return (
    <nav aria-label="Phân trang kết quả" className="pagination">
      {page > 1 && (
        <Link href={searchUrl(request, { page: Math.min(page - 1, pageCount) })} rel="prev">
          ‹ Trang trước
        </Link>
      )}
      <span>
        Trang {page}/{pageCount}
      </span>
      {page < pageCount && (
        <Link href={searchUrl(request, { page: page + 1 })} rel="next">
          Trang sau ›
        </Link>
      )}
    </nav>
  );
}
