import type { Metadata } from 'next';
import { Pagination } from '@/app/ui/pagination';
import { requireCapabilityPage } from '@/lib/auth/guard';
import { listMedia } from '@/lib/data/media';
import { newsroomDayRange, parseDateText } from '@/lib/vi/time';
import { DateField } from '../_components/date-time-field';
import { MediaCard } from './_components/media-card';
import { UploadForm } from './_components/upload-form';
import './_components/media.css';

export const metadata: Metadata = { title: 'Thư viện ảnh' };

const PAGE_SIZE = 24;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
/** A day typed as dd/mm/yyyy → "YYYY-MM-DD"; anything else filters nothing. */
const typedDay = (text: string) => {
  const day = parseDateText(text);
  return day.ok ? day.value : undefined;
};

export default async function MediaLibraryPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapabilityPage('media:upload');
  const params = await searchParams;
  const query = one(params.q)?.slice(0, 200) ?? '';
  const fromDay = one(params.tu) ?? '';
  const toDay = one(params.den) ?? '';
  const page = Math.max(1, Math.min(10_000, Number(one(params.trang)) || 1));
  const { items, total } = listMedia({ query, ...newsroomDayRange(typedDay(fromDay), typedDay(toDay)), page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (n: number) => `/admin/media?${new URLSearchParams({ q: query, tu: fromDay, den: toDay, trang: String(n) })}`;

  return (
    <>
      <h1>Thư viện ảnh</h1>
      {one(params['da-xoa']) ? <p role="status" className="admin-message admin-message-success">Đã xóa ảnh.</p> : null}
      <section aria-labelledby="tai-anh-len">
        <h2 id="tai-anh-len">Tải ảnh lên</h2>
        <UploadForm />
      </section>
      <section aria-labelledby="kho-anh">
        <h2 id="kho-anh">Kho ảnh ({total})</h2>
        <form role="search" className="media-filters" action="/admin/media">
          <div className="admin-field">
            <label htmlFor="media-q">Tìm theo chú thích, nguồn, mô tả</label>
            <input id="media-q" name="q" type="search" defaultValue={query} maxLength={200} />
          </div>
          <DateField id="media-tu" label="Từ ngày" name="tu" defaultValue={fromDay} />
          <DateField id="media-den" label="Đến ngày" name="den" defaultValue={toDay} />
          <button type="submit">Lọc ảnh</button>
        </form>
        {items.length === 0 ? (
          <p>Không có ảnh nào phù hợp.</p>
        ) : (
          <ul className="media-grid" aria-label="Danh sách ảnh">
            {items.map((media) => (
              <li key={media.id}>
                <MediaCard media={media} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={pages} href={pageHref} label="Trang ảnh" />
      </section>
    </>
  );
}
