import Link from 'next/link';

/** Numbered pages as ?trang=N links; page 1 is the bare path. */
export function Pagination({ basePath, page, total, pageSize }: { basePath: string; page: number; total: number; pageSize: number }) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?trang=${n}`);
  return (
    <nav aria-label="Phân trang" className="pagination">
      {page > 1 && <Link href={href(page - 1)} rel="prev">‹ Trang trước</Link>}
      <span>
        Trang {page}/{pages}
      </span>
      {page < pages && <Link href={href(page + 1)} rel="next">Trang sau ›</Link>}
    </nav>
  );
}
