import 'server-only';
import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles, auditLog } from '@/db/schema';
import { isPublic } from './public-reads';

/**
 * When an article last changed for readers: its publication, a later edit (a save that is not an
 * autosave, recorded as a revision after the publication time) or its newest correction. Status
 * steps (an unpublish time, a schedule) write no revision, so they are not changes. The first
 * revision records the article's creation, not an edit: an imported article dated in the past
 * keeps its original date until someone edits it. A correction counts when added, reworded or removed. Before publication (previews) the last save
 * stands in.
 */
// Spelled out with table names: Drizzle leaves columns unqualified in single-table selects, and
// an unqualified "id" inside a subquery would mean the revision's or correction's id.
// Every edit and correction also sets updated_at, so a row not touched since its publication
// skips both subqueries (most of an archive; sitemaps read this for every public article).
export const articleModifiedAt = sql<number>`case when "articles"."updated_at" <= "articles"."published_at" then "articles"."published_at" else max(
  coalesce("articles"."published_at", "articles"."updated_at"),
  coalesce((select max("r"."created_at") from "article_revisions" "r" where "r"."article_id" = "articles"."id" and "r"."reason" <> 'autosave' and "r"."version" > 1 and "r"."created_at" > "articles"."published_at"), 0),
  coalesce((select max(max("c"."created_at", coalesce("c"."edited_at", 0), coalesce("c"."removed_at", 0))) from "article_corrections" "c" where "c"."article_id" = "articles"."id"), 0)
) end`;

/** An article's last change for readers (see articleModifiedAt), as ISO; null for an unknown id. */
export function getArticleModifiedAt(id: number): string | null {
  const row = db.select({ modifiedAt: articleModifiedAt }).from(articles).where(eq(articles.id, id)).get();
  return row ? new Date(row.modifiedAt).toISOString() : null;
}

/**
 * The newest change anywhere on the public site, as ISO: the Last-Modified of every feed and
 * sitemap. Besides the public articles' own times it counts takedowns (an unpublish, a passed
 * unpublish time, a deletion), which make a document older without any article in it being
 * newer: otherwise a client asking If-Modified-Since would keep a copy that still lists them.
 */
export function getSiteContentChangedAt(now = new Date()): string {
  const newestOf = (query: { get(): { at: number | null } | undefined }) => query.get()?.at ?? 0;
  const published = newestOf(
    db
      .select({ at: sql<number | null>`max(${articles.publishedAt})` })
      .from(articles)
      .where(isPublic(now)),
  );
  // Edits, corrections and unpublishes all set updated_at, so only an article touched after the
  // newest publication can be newer: the index on updated_at spares reading the whole archive.
  const touchedSince = gt(articles.updatedAt, new Date(published));
  const edited = newestOf(
    db
      .select({ at: sql<number | null>`max(${articleModifiedAt})` })
      .from(articles)
      .where(and(isPublic(now), touchedSince)),
  );
  const unpublished = newestOf(
    db
      .select({ at: sql<number | null>`max(${articles.updatedAt})` })
      .from(articles)
      .where(and(eq(articles.status, 'unpublished'), touchedSince)),
  );
  const comingDown = newestOf(
    db
      .select({ at: sql<number | null>`max(${articles.unpublishAt})` })
      .from(articles)
      .where(
        and(inArray(articles.status, ['published', 'scheduled']), lte(articles.unpublishAt, now)),
      ),
  );
  const deleted = newestOf(
    db
      .select({ at: sql<number | null>`max(${auditLog.at})` })
      .from(auditLog)
      .where(eq(auditLog.action, 'article.delete')),
  );
  return new Date(Math.max(published, edited, unpublished, comingDown, deleted)).toISOString();
}
