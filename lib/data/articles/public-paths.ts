import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { articleBylines, articles, articleTags, authors, eventArticles, events, sections, tags } from '@/db/schema';
import { vietnamMonth } from '@/lib/vi/time';
import { articleSitemapPath } from '@/lib/seo/sitemap-names';
import { eventFeedPath, SITE_FEED_PATH, sectionFeedPath } from '@/lib/seo/site';
import { articlePath, authorPath, eventPath, liteArticlePath, sectionPath, tagPath } from '@/lib/urls';

const parents = alias(sections, 'parents');

/**
 * Every public URL that can show these articles: their pages, home, sections, tags, authors,
 * events, feeds and sitemaps. A shared cache in front (nginx) is refreshed on these after a takedown;
 * read it before a delete, while the rows still exist.
 */
export function listArticlePublicPaths(articleIds: number[]): string[] {
  if (articleIds.length === 0) return [];
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      parentSlug: parents.slug,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(parents, eq(parents.id, sections.parentId))
    .where(inArray(articles.id, articleIds))
    .all();
  const tagSlugs = db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, articleIds))
    .all();
  const authorSlugs = db
    .select({ slug: authors.slug })
    .from(articleBylines)
    .innerJoin(authors, eq(authors.id, articleBylines.authorId))
    .where(inArray(articleBylines.articleId, articleIds))
    .all();
  const eventSlugs = db
    .select({ slug: events.slug })
    .from(eventArticles)
    .innerJoin(events, eq(events.id, eventArticles.eventId))
    .where(inArray(eventArticles.articleId, articleIds))
    .all();
  const paths = ['/', SITE_FEED_PATH, '/sitemap.xml', '/news-sitemap.xml'];
  for (const row of rows) {
    const path = articlePath(row.sectionSlug, row.slug, row.id);
    paths.push(path, liteArticlePath(path));
    for (const section of [row.sectionSlug, row.parentSlug]) {
      if (section) paths.push(sectionPath(section), sectionFeedPath(section));
    }
    if (row.publishedAt)
      paths.push(articleSitemapPath(vietnamMonth(row.publishedAt), 1));
  }
  paths.push(
    ...tagSlugs.map((t) => tagPath(t.slug)),
    ...authorSlugs.map((a) => authorPath(a.slug)),
    ...eventSlugs.flatMap((e) => [eventPath(e.slug), eventFeedPath(e.slug)]),
  );
  return [...new Set(paths)];
}
