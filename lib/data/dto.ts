import type { ArticleBody } from '@/lib/article-body/schema';
import type { BylineRole } from '@/db/schema';

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
};

export type ArticleSummary = {
  id: number;
  title: string;
  lead: string;
  path: string;
  publishedAt: string;
  section: SectionLink;
  cover: Picture | null;
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
