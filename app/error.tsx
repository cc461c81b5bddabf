'use client';

import { ErrorContent } from '@/app/ui/error-content';

// A failing page outside the readers' pages (the newsroom), or the site layout itself: shown
// below the root layout only, so it brings its own <main>.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung">
      <ErrorContent digest={error.digest} reset={reset} />
    </main>
  );
}
