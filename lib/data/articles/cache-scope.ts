import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, articles, articleTags, breakingNews, eventArticles, sections } from '@/db/schema';
import { tagsForArticleChange, type ArticleCacheScope } from '@/lib/cache-tags';

type Reader = Pick<typeof db, 'select'>;

/** What shows an article right now: its section and parent section, its tags, its authors, its events and the breaking-news banner. */
export function readArticleCacheScope(tx: Reader, articleId: number): ArticleCacheScope | null {
  const row = tx
    .select({ sectionId: articles.sectionId, parentId: sections.parentId })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return null;
  const tagIds = tx
    .select({ id: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .all();
  const authorIds = tx
    .select({ id: articleBylines.authorId })
    .from(articleBylines)
    .where(eq(articleBylines.articleId, articleId))
    .all()
    .flatMap((b) => (b.id ? [b.id] : []));
  return {
    articleId,
    sectionIds: row.parentId ? [row.sectionId, row.parentId] : [row.sectionId],
    tagIds: tagIds.map((t) => t.id),
    authorIds,
    eventIds: tx.select({ id: eventArticles.eventId }).from(eventArticles).where(eq(eventArticles.articleId, articleId)).all().map((e) => e.id),
    breaking: tx.select({ id: breakingNews.articleId }).from(breakingNews).where(eq(breakingNews.articleId, articleId)).get() !== undefined,
  };
}

/** Tags to expire for a change seen before and after: old section, tags and authors included. */
export function tagsForScopes(...scopes: (ArticleCacheScope | null)[]): string[] {
  return [...new Set(scopes.flatMap((scope) => (scope ? tagsForArticleChange(scope) : [])))];
}
