import { getPublicLiveFeed } from '@/lib/data/live/public';
import { getArticlePage } from '@/lib/data/public-pages';
import { renderLiveFeed } from '@/lib/seo/feed-channel';
import { RSS_TYPE, xmlDocument, xmlNotFound } from '@/lib/seo/responses';
import { liveFeedPath } from '@/lib/seo/site';

export const dynamic = 'force-dynamic';

/** A live page's feed, "/rss/truc-tiep/123.xml": its posts, newest first; 404 unless the article is public and has live coverage. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = Number(/^([1-9]\d{0,9})\.xml$/.exec((await params).file)?.[1]);
  const page = id ? await getArticlePage(id) : null;
  const feed = page ? await getPublicLiveFeed(id) : null;
  if (!page || !feed) return xmlNotFound();
  const { article } = page;
  const xml = renderLiveFeed({
    title: `${article.title} — Tường thuật trực tiếp`,
    description: article.lead || article.title,
    pagePath: article.path,
    feedPath: liveFeedPath(article.id),
    headline: article.title,
    section: article.section,
    posts: feed.posts,
    changedAt: feed.changedAt,
  });
  return xmlDocument(request, xml, feed.changedAt, RSS_TYPE);
}
