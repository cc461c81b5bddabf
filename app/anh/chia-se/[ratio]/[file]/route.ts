import { getArticlePage } from '@/lib/data/public-pages';
import { photoNotFound } from '@/lib/media/serve-file';
import { isImageRatio } from '@/lib/media/crops';
import { renderShareCard } from '@/lib/seo/share-card';

/**
 * The generated share card of a public article without a photo (lib/seo/share-card.tsx), for
 * og:image, Twitter and the NewsArticle JSON-LD. Rendered on first request and kept like a page
 * (ISR): it reads the article through its cached, tagged loader, so the article's cache tag,
 * expired by every edit, takedown or publish, expires the card too. Public, so no guard.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

// Browsers and shared caches ask again soon: a corrected headline must not linger for a year.
const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; file: string }> }) {
  const { ratio, file } = await params;
  const id = /^([1-9]\d{0,9})\.png$/.exec(file)?.[1];
  if (!isImageRatio(ratio) || !id) return photoNotFound();
  const data = await getArticlePage(Number(id));
  if (!data) return photoNotFound();
  const { article } = data;
  return renderShareCard(
    { headline: article.title, section: article.section.name, ratio },
    { headers: { 'Cache-Control': CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; sandbox" } },
  );
}
