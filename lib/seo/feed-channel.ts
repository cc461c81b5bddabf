import { env } from '@/lib/env';
import { writerNames, type Credit } from './credits';
import { livePostText, type LivePostInput } from './live-blog-ld';
import { buildRss, type FeedChannel } from './rss';
import { absoluteUrl, SQUARE_LOGO } from './site';

type ChannelOptions = { title: string; description: string; pagePath: string; feedPath: string; changedAt: string };

/** A photo as an enclosure names it: its file's path, type and byte length. */
type FeedPhoto = { src: string; mimeType: string; bytes: number };

const enclosure = (photo: FeedPhoto | null) => (photo ? { url: absoluteUrl(photo.src), type: photo.mimeType, length: photo.bytes } : null);

/** What an article's feed item is made from (lib/data's FeedArticle has it). */
type FeedItemArticle = {
  title: string;
  lead: string;
  path: string;
  publishedAt: string;
  section: { name: string; path: string };
  credits: Omit<Credit, 'url'>[];
  cover: FeedPhoto | null;
};

/** What every feed of the site says of itself: the page it mirrors, its own URL, logo and time. */
function channel(options: ChannelOptions): Omit<FeedChannel, 'items'> {
  return {
    title: options.title,
    description: options.description,
    link: absoluteUrl(options.pagePath),
    self: absoluteUrl(options.feedPath),
    imageUrl: absoluteUrl(SQUARE_LOGO.path),
    copyright: `© ${new Date().getUTCFullYear()} ${env.SITE_NAME}`,
    updatedAt: new Date(options.changedAt),
  };
}

/** An RSS document for a page of the site (home or a section) from its newest articles, last changed at `changedAt`. */
export function renderFeed(options: ChannelOptions & { articles: FeedItemArticle[] }): string {
  return buildRss({
    ...channel(options),
    items: options.articles.map((article) => ({
      title: article.title,
      lead: article.lead,
      url: absoluteUrl(article.path),
      // The canonical URL ends in the article's id, which never changes; old slugs redirect to it.
      guid: absoluteUrl(article.path),
      publishedAt: new Date(article.publishedAt),
      section: { name: article.section.name, url: absoluteUrl(article.section.path) },
      authors: writerNames(article.credits.map((c) => ({ ...c, url: null }))),
      image: enclosure(article.cover),
    })),
  });
}

/**
 * A live page's feed: its posts newest first, each linking to its own anchor on the article page
 * (`#post-{id}`, which never changes) with its time and its text, headlined as in LiveBlogPosting,
 * and its first photo as the enclosure.
 */
export function renderLiveFeed(
  options: ChannelOptions & { headline: string; section: { name: string; path: string }; posts: (LivePostInput & { photo: FeedPhoto | null })[] },
): string {
  return buildRss({
    ...channel(options),
    items: options.posts.map((post) => {
      const url = absoluteUrl(`${options.pagePath}#post-${post.id}`);
      const { headline, text } = livePostText(post, options.headline);
      return {
        title: headline,
        lead: text,
        url,
        guid: url,
        publishedAt: new Date(post.publishedAt),
        section: { name: options.section.name, url: absoluteUrl(options.section.path) },
        authors: post.author ? [post.author] : [],
        image: enclosure(post.photo),
      };
    }),
  });
}
