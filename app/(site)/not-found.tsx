import { NotFoundNotice, notFoundMetadata } from '@/app/ui/not-found-content';

// notFound() thrown by a reader's page that does not answer with app/ui/missing-page.tsx (the
// shared preview link): inside the site layout's <main>. Next sends this boundary with every
// reader's page, so it is the short notice; without it Next would put app/not-found.tsx, a
// <main> of its own, inside this layout's.
export const metadata = notFoundMetadata;

export default function NotFound() {
  return (
    <div className="not-found">
      <NotFoundNotice />
    </div>
  );
}
