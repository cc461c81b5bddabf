// Every cache tag the app uses, in one place, so mutations and readers cannot drift apart.
export const cacheTags = {
  /** Every listing of articles (home, latest, feeds). */
  listings: 'listings',
  /** Section navigation and section metadata. */
  sections: 'sections',
  article: (id: number) => `article:${id}`,
  section: (id: number) => `section:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
} as const;

export type ArticleCacheScope = {
  articleId: number;
  sectionIds: number[];
  tagIds: number[];
  authorIds: number[];
};

/** The tags a change to one article touches: its page and every listing that can show it. */
export function tagsForArticleChange(scope: ArticleCacheScope): string[] {
  return [
    cacheTags.article(scope.articleId),
    cacheTags.listings,
    ...scope.sectionIds.map(cacheTags.section),
    ...scope.tagIds.map(cacheTags.tag),
    ...scope.authorIds.map(cacheTags.author),
  ];
}
