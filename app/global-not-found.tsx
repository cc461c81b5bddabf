import type { Metadata } from 'next';
import SiteLayout from '@/app/(site)/layout';
import { NotFoundContent, notFoundMetadata } from '@/app/ui/not-found-content';
import { env } from '@/lib/env';
import RootLayout from './layout';

// A URL no route matches gets this page, rendered on its own (experimental.globalNotFound): the
// root layout's document and stylesheet and the site layout, whole on the server. As app/not-found.tsx
// it was also sent, masthead, section bar and all, in the RSC payload of every page (Next sends a
// segment's not-found with every route under it), for the rare notFound() thrown outside a page.
export const metadata: Metadata = { ...notFoundMetadata, title: { absolute: `Không tìm thấy trang | ${env.SITE_NAME}` } };
export { viewport } from './layout';

export default function GlobalNotFound() {
  return (
    <RootLayout>
      <SiteLayout>
        <NotFoundContent />
      </SiteLayout>
    </RootLayout>
  );
}
