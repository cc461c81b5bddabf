import type { Metadata } from 'next';
import { ReaderLink } from './reader-link';
import { getSections } from '@/lib/data/public-pages';
import { SearchBox } from './search-box';

/**
 * The 404 page's title. Next adds `<meta name="robots" content="noindex">` itself to every answer
 * above 400, so `robots: null` drops the site's default (index, follow) instead of repeating it.
 */
export const notFoundMetadata: Metadata = { title: 'Không tìm thấy trang', robots: null };

/** What a reader sees for a missing page, inside the site's masthead and footer. */
export async function NotFoundContent() {
  const sections = (await getSections()).filter((section) => section.parent === null);
  return (
    <div className="not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã được gỡ. Có thể đường dẫn đã bị gõ nhầm: hãy tìm bài viết hoặc chọn một chuyên mục.</p>
      <SearchBox id="tim-bai-viet" name="Tìm kiếm bài viết" />
      <h2 className="block-title">Các chuyên mục</h2>
      <ul className="not-found-sections">
        <li>
          <ReaderLink href="/">Trang chủ</ReaderLink>
        </li>
        {sections.map((section) => (
          <li key={section.id}>
            <ReaderLink href={section.path}>{section.name}</ReaderLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The short form, for a notFound() thrown outside a reader's page (app/not-found.tsx,
 * app/(site)/not-found.tsx): Next sends those boundaries with every page, so they carry no list.
 */
export function NotFoundNotice() {
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã được gỡ.</p>
      <p>
        <ReaderLink href="/">Về trang chủ</ReaderLink>
      </p>
    </>
  );
}
