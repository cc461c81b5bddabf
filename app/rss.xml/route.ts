import { env } from '@/lib/env';
import { getFeedArticles } from '@/lib/data/public-seo';
import { renderFeed } from '@/lib/seo/feed-channel';
import { RSS_TYPE, xmlDocument } from '@/lib/seo/responses';
import { SITE_DESCRIPTION, SITE_FEED_PATH } from '@/lib/seo/site';

export const dynamic = 'force-dynamic';

/** The site feed: the newest articles from every section. */
export async function GET(request: Request) {
  const { items, changedAt } = await getFeedArticles();
  const xml = renderFeed({ title: `${env.SITE_NAME} — Tin mới nhất`, description: SITE_DESCRIPTION, pagePath: '/', feedPath: SITE_FEED_PATH, articles: items, changedAt });
  return xmlDocument(request, xml, changedAt, RSS_TYPE);
}
