import type { FeedArticle } from '@/lib/data/dto';
import { env } from '@/lib/env';
import { writerNames } from './credits';
import { buildRss } from './rss';
import { absoluteUrl, SQUARE_LOGO } from './site';

/** An RSS document for a page of the site (home or a section) from its newest articles, last changed at `changedAt`. */
export function renderFeed(options: { title: string; description: string; pagePath: string; feedPath: string; articles: FeedArticle[]; changedAt: string }): string {
  return buildRss({
    title: options.title,
    description: options.description,
    link: absoluteUrl(options.pagePath),
    self: absoluteUrl(options.feedPath),
    imageUrl: absoluteUrl(SQUARE_LOGO.path),
    copyright: `© ${new Date().getUTCFullYear()} ${env.SITE_NAME}`,
    updatedAt: new Date(options.changedAt),
    items: options.articles.map((article) => ({
      title: article.title,
      lead: article.lead,
      url: absoluteUrl(article.path),
      // The canonical URL ends in the article's id, which never changes; old slugs redirect to it.
      guid: absoluteUrl(article.path),
      publishedAt: new Date(article.publishedAt),
      section: { name: article.section.name, url: absoluteUrl(article.section.path) },
      authors: writerNames(article.credits.map((c) => ({ ...c, url: null }))),
      image: article.cover ? { url: absoluteUrl(article.cover.src), type: article.cover.mimeType, length: article.cover.bytes } : null,
    })),
  });
}
