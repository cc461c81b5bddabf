'use client';

import { ErrorContent } from '@/app/ui/error-content';
import { SearchBox } from '@/app/ui/search-box';

// A reader's page that fails: the message takes the place of the page inside the site layout,
// so the masthead, the sections and the footer stay. Next 16.4 renders it in the browser: a page
// that throws while rendering on the server gets an empty HTML shell (as for notFound(), see
// lib/routing/missing-pages.ts), which the browser fills from the page's own payload.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorContent digest={error.digest} reset={reset}>
      <SearchBox id="tim-bai-viet" name="Tìm kiếm bài viết" />
    </ErrorContent>
  );
}
