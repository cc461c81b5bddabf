import { env } from '@/lib/env';
import { getNewsSitemapArticles } from '@/lib/data/public-seo';
import { xmlDocument } from '@/lib/seo/responses';
import { absoluteUrl } from '@/lib/seo/site';
import { buildNewsSitemap } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-dynamic';

/** Google News: public articles of the last 48 hours, at most 1,000. */
export async function GET(request: Request) {
  const { items, changedAt } = await getNewsSitemapArticles();
  const xml = buildNewsSitemap(
    items.map((a) => ({ loc: absoluteUrl(a.path), title: a.title, publishedAt: new Date(a.publishedAt) })),
    { name: env.SITE_NAME, language: 'vi' },
  );
  return xmlDocument(request, xml, changedAt);
}
