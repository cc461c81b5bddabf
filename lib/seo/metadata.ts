import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { publicRobots } from './http';
import { absoluteUrl, SITE_FEED_PATH, SQUARE_LOGO } from './site';

/** Search engines cut snippets near 160 characters; longer leads are shortened at a word. */
export function clampDescription(text: string, max = 200): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–-]+$/u, '')}…`;
}

export type FeedLink = { title: string; path: string };
export type ShareImage = { url: string; width: number; height: number; alt: string };

type PageInput = {
  title: string;
  description: string;
  /** Canonical path, including ?trang=N for later pages of a listing. */
  path: string;
  /** Feeds offered besides the site feed (a section's own feed). */
  feeds?: FeedLink[];
  image?: ShareImage | null;
};

/** Canonical, vi/x-default alternates and the RSS autodiscovery links; pages set these together because Next replaces `alternates` wholesale. */
export function alternatesFor(path: string, feeds: FeedLink[] = []): NonNullable<Metadata['alternates']> {
  const url = absoluteUrl(path);
  return {
    canonical: url,
    languages: { vi: url, 'x-default': url },
    types: {
      'application/rss+xml': [
        { title: `${env.SITE_NAME} — Tin mới nhất`, url: absoluteUrl(SITE_FEED_PATH) },
        ...feeds.map((feed) => ({ title: feed.title, url: absoluteUrl(feed.path) })),
      ],
    },
  };
}

const defaultImage = (): ShareImage => ({
  url: absoluteUrl(SQUARE_LOGO.path),
  width: SQUARE_LOGO.width,
  height: SQUARE_LOGO.height,
  alt: env.SITE_NAME,
});

type SharedInput = { title: string; description: string; path: string; image: ShareImage | null; feeds: FeedLink[] };

/** What every public page says of itself: title, description, canonical and feeds, Open Graph and a card. */
function sharedMetadata(input: SharedInput) {
  const image = input.image ?? defaultImage();
  const description = clampDescription(input.description);
  return {
    title: input.title,
    description,
    alternates: alternatesFor(input.path, input.feeds),
    robots: publicRobots,
    openGraph: {
      url: absoluteUrl(input.path),
      siteName: env.SITE_NAME,
      locale: 'vi_VN',
      title: input.title,
      description,
      images: [image],
    },
    twitter: {
      card: input.image ? ('summary_large_image' as const) : ('summary' as const),
      title: input.title,
      description,
      images: [image],
    },
  };
}

/** Metadata of a listing or the home page: `website` Open Graph and a summary card. */
export function pageMetadata(input: PageInput): Metadata {
  const shared = sharedMetadata({ ...input, image: input.image ?? null, feeds: input.feeds ?? [] });
  return { ...shared, openGraph: { type: 'website', ...shared.openGraph } };
}

type ArticleInput = {
  title: string;
  description: string;
  path: string;
  publishedAt: string;
  modifiedAt: string;
  section: string;
  tags: string[];
  authors: string[];
  image: ShareImage | null;
};

/** Metadata of an article: `article` Open Graph with times, section, tags and authors. */
export function articleMetadata(input: ArticleInput, feeds: FeedLink[] = []): Metadata {
  const shared = sharedMetadata({ ...input, feeds });
  return {
    ...shared,
    authors: input.authors.map((name) => ({ name })),
    openGraph: {
      type: 'article',
      ...shared.openGraph,
      publishedTime: input.publishedAt,
      modifiedTime: input.modifiedAt,
      section: input.section,
      tags: input.tags,
      authors: input.authors,
    },
  };
}
