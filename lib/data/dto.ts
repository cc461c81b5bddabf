import type { ArticleBody } from '@/lib/article-body/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import type { BylineRole } from '@/lib/domain/byline-roles';
import type { FocalPoint } from '@/lib/media/focal';

// Shapes handed to pages. Dates are ISO strings because cached values are serialised as JSON.

export type SectionLink = { id: number; name: string; slug: string; path: string };

export type Section = SectionLink & {
  description: string | null;
  parent: SectionLink | null;
  children: SectionLink[];
};

export type Picture = {
  src: string;
  width: number;
  height: number;
  alt: string;
  srcSet?: string;
  /** The spot crops and cards keep in frame (lib/media/focal.ts); unset: the centre, or attention for crops. */
  focal?: FocalPoint | null;
};

export type ArticleSummary = {
  id: number;
  title: string;
  lead: string;
  path: string;
  publishedAt: string;
  section: SectionLink;
  /** The cover, else the body's first photo; null when the article has none. */
  photo: Picture | null;
  /** Its live coverage is open: cards show "Trực tiếp". */
  live?: boolean;
};

export type Byline = { role: BylineRole; label: string; name: string; authorPath: string | null };

export type TagLink = { id: number; name: string; slug: string; path: string };

export type FigureMedia = Picture & { caption: string; credit: string };

export type ArticleDetail = ArticleSummary & {
  slug: string;
  body: ArticleBody;
  updatedAt: string;
  seoTitle: string | null;
  seoDescription: string | null;
  sectionParent: SectionLink | null;
  bylines: Byline[];
  tags: TagLink[];
  /** Photos the body's figures point to, by media id. */
  figureMedia: Record<number, FigureMedia>;
  authorIds: number[];
};

/** A photo in the library, as the admin grid, the picker and the upload route hand it out. */
export type MediaItem = {
  id: number;
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  mimeType: string;
  bytes: number;
  createdAt: string;
  uploaderName: string | null;
  /** Who uploaded it: reporters edit the words and focal point of their own uploads. */
  uploadedBy: number | null;
  focal: FocalPoint | null;
};

/** An article that shows a photo, and how. */
export type MediaUsage = {
  articleId: number;
  title: string;
  status: ArticleStatus;
  as: 'cover' | 'figure' | 'autosave';
};

/** A page listed in a sitemap; `modifiedAt` includes correction notes. */
export type SitemapUrl = { path: string; modifiedAt: string | null };

/** A month of published articles, for the sitemap index. */
export type SitemapMonth = { month: string; count: number; modifiedAt: string };

export type NewsSitemapArticle = { path: string; title: string; publishedAt: string };

/** An article as feeds show it: credits for authors, the cover as an enclosure. */
export type FeedArticle = Omit<ArticleSummary, 'photo'> & {
  credits: Byline[];
  cover: { src: string; mimeType: string; bytes: number } | null;
};
