import { NotFoundNotice, notFoundMetadata } from '@/app/ui/not-found-content';

// notFound() thrown outside the site's layout (the newsroom's pages). Next sends this boundary
// with every page, so it is the short notice: a URL no route matches gets app/global-not-found.tsx,
// and readers' pages answer with app/ui/missing-page.tsx.
export const metadata = notFoundMetadata;

export default function NotFound() {
  return (
    <main id="noi-dung" tabIndex={-1} className="not-found">
      <NotFoundNotice />
    </main>
  );
}
