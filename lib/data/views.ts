import 'server-only';
import { and, desc, eq, gte, inArray, sql, sum } from 'drizzle-orm';
import { db } from '@/db';
import { articles, articleViews, sections } from '@/db/schema';
import { articlePath, sectionPath } from '@/lib/urls';
import { HOUR_MS } from '@/lib/views/view-buffer';
import { isPublic } from '@/lib/data/articles/public-reads';

export type MostReadItem = { id: number; title: string; path: string; sectionName: string; sectionPath: string; views: number };

/**
 * Adds a batch of buffered view counts in one transaction; unknown article ids are skipped. Every
 * server process flushes its own buffer into the same rows: each adds to the stored count
 * (`views = views + ?`), and the transaction takes the write lock before reading, so a flush that
 * meets another process's waits for it instead of failing on a stale snapshot and losing its batch.
 */
export function addViewCounts(batch: { articleId: number; hour: number; views: number }[]): void {
  if (batch.length === 0) return;
  const ids = [...new Set(batch.map((row) => row.articleId))];
  db.transaction((tx) => {
    const known = new Set(
      tx.select({ id: articles.id }).from(articles).where(inArray(articles.id, ids)).all().map((row) => row.id),
    );
    for (const row of batch) {
      if (!known.has(row.articleId)) continue;
      tx.insert(articleViews)
        .values(row)
        .onConflictDoUpdate({
          target: [articleViews.articleId, articleViews.hour],
          set: { views: sql`${articleViews.views} + ${row.views}` },
        })
        .run();
    }
  }, { behavior: 'immediate' });
}

/** The most-read public articles over the last `hours` hours. */
export function listMostRead(hours: number, limit: number, now = Date.now()): MostReadItem[] {
  const since = Math.floor(now / HOUR_MS) - hours + 1;
  const total = sum(articleViews.views).mapWith(Number);
  return db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      sectionName: sections.name,
      sectionSlug: sections.slug,
      views: total,
    })
    .from(articleViews)
    .innerJoin(articles, eq(articles.id, articleViews.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(gte(articleViews.hour, since), isPublic(new Date(now)))!)
    .groupBy(articles.id)
    .orderBy(desc(total), desc(articles.publishedAt))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      title: row.title,
      path: articlePath(row.sectionSlug, row.slug, row.id),
      sectionName: row.sectionName,
      sectionPath: sectionPath(row.sectionSlug),
      views: row.views,
    }));
}
