import { ReaderLink } from './reader-link';
import { getBreakingBanner } from '@/lib/data/breaking-news';

/**
 * "Tin nóng" under the masthead of every reader's page: a plain link with the headline, rendered
 * into the cached HTML (no JavaScript, no live region that would interrupt a screen reader).
 * Pages without breaking news render nothing here, so nothing moves when it comes or goes.
 */
export async function BreakingNewsBanner() {
  const breaking = await getBreakingBanner();
  if (!breaking) return null;
  return (
    <aside className="breaking-news" aria-labelledby="tin-nong">
      <p className="breaking-news-inner">
        <strong id="tin-nong" className="breaking-news-label">
          Tin nóng
        </strong>{' '}
        <ReaderLink href={breaking.path} className="breaking-news-link">
          {breaking.title}
        </ReaderLink>
      </p>
    </aside>
  );
}
