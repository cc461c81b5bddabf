import Link from 'next/link';
import { env } from '@/lib/env';
import { getSections } from '@/lib/data/public-pages';

/** Masthead with the section navigation bar; shared by every reader's page. */
export async function SiteHeader() {
  const sections = (await getSections()).filter((section) => section.parent === null);
  return (
    <header className="masthead">
      <a className="skip-link" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <div className="masthead-inner">
        <Link href="/" className="brand" aria-label={`${env.SITE_NAME} — Trang chủ`}>
          {env.SITE_NAME}
        </Link>
        <form action="/tim-kiem" method="get" role="search" className="search-box">
          <label htmlFor="q" className="visually-hidden">
            Tìm kiếm
          </label>
          <input id="q" name="q" type="search" placeholder="Tìm kiếm…" maxLength={200} />
          <button type="submit">Tìm</button>
        </form>
      </div>
      <nav aria-label="Chuyên mục" className="section-nav">
        <ul>
          <li>
            <Link href="/">Trang chủ</Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={section.path}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
