import { Suspense } from 'react';
import { NotFoundContent } from './not-found-content';
import { NotFoundStatus } from './not-found-status';

/**
 * What a reader's page returns instead of calling notFound() itself: the 404 content, whole in
 * the server's HTML, with status 404. Next 16.4 answers a notFound() thrown while a page renders
 * with an empty `<html id="__next_error__">` shell, blank without JavaScript (React renders no
 * error boundary on the server; vercel/next.js#62228, #95613). Thrown inside a Suspense boundary
 * it still sets the status (and ISR caches the page as a 404), while the HTML shows the
 * boundary's fallback; the browser then renders the same content in its place.
 */
export function MissingPage() {
  const content = <NotFoundContent />;
  return (
    <Suspense fallback={content}>
      <NotFoundStatus>{content}</NotFoundStatus>
    </Suspense>
  );
}
