import { ReaderLink } from './reader-link';

type Props = {
  page: number;
  pageCount: number;
  /** The URL of page n, keeping whatever query the list has (search words, filters). */
  href: (n: number) => string;
  label?: string;
};

/** Previous and next links around "Trang N/M": every paginated list, public or newsroom, uses this one. */
export function Pagination({ page, pageCount, href, label = 'Phân trang' }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 && (
        // Past the last page (an old link), "previous" leads back to the last one.
        <ReaderLink href={href(Math.min(page - 1, pageCount))} rel="prev">
          ‹ Trang trước
        </ReaderLink>
      )}
      <span>
        Trang {page}/{pageCount}
      </span>
      {page < pageCount && (
        <ReaderLink href={href(page + 1)} rel="next">
          Trang sau ›
        </ReaderLink>
      )}
    </nav>
  );
}
