// Every cache tag the app uses, in one place, so mutations and readers cannot drift apart.
export const cacheTags = {
  /** Every listing of articles (home, latest, feeds). */
  listings: 'listings',
  /** Section navigation and section metadata. */
  sections: 'sections',
  /** The breaking-news banner, rendered by the site layout on every reader's page. */
  breaking: 'breaking',
  article: (id: number) => `article:${id}`,
  section: (id: number) => `section:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
  /** An event page (/su-kien/{slug}), its feed and the "Cùng sự kiện" boxes of its members. */
  event: (id: number) => `event:${id}`,
  /** A front ('home' or 'section:{id}'): the pages that show it. */
  front: (key: string) => `front:${key}`,
} as const;

export type ArticleCacheScope = {
  articleId: number;
  sectionIds: number[];
  tagIds: number[];
  authorIds: number[];
  /** Events the article belongs to: their pages, feeds and their members' "Cùng sự kiện" boxes list it. */
  eventIds: number[];
  /** The article is in the breaking-news banner, so every reader's page shows its headline. */
  breaking: boolean;
};

/** The tags a change to one article touches: its page and every listing that can show it. */
export function tagsForArticleChange(scope: ArticleCacheScope): string[] {
  return [
    cacheTags.article(scope.articleId),
    cacheTags.listings,
    ...scope.sectionIds.map(cacheTags.section),
    ...scope.tagIds.map(cacheTags.tag),
    ...scope.authorIds.map(cacheTags.author),
    ...scope.eventIds.map(cacheTags.event),
    ...(scope.breaking ? [cacheTags.breaking] : []),
  ];
}
