import 'server-only';
import { unstable_cache } from 'next/cache';
import { and, eq, gt, lte } from 'drizzle-orm';
import { db } from '@/db';
import { articles, breakingNews, sections } from '@/db/schema';
import { isPublic, isPublicRow } from '@/lib/data/articles/public-reads';
import { cacheTags } from '@/lib/cache-tags';
import { articlePath } from '@/lib/urls';

// "Tin nóng": one article at a time in a banner on every reader's page. Marking another replaces
// it. It shows while the article is public and its expiry is ahead; every change returns the tag
// that re-renders the pages (the site layout reads it), and the scheduler removes it at expiry.

export type BreakingNews = { articleId: number; title: string; path: string; expiresAt: string };

export type BreakingChange =
  | { ok: true; tags: string[] }
  | { ok: false; reason: 'not_found' | 'not_public' | 'past' };

/** The banner's article: public and unexpired at `now`; null when there is none. */
export function getBreakingNews(now = new Date()): BreakingNews | null {
  const row = db
    .select({
      articleId: breakingNews.articleId,
      expiresAt: breakingNews.expiresAt,
      title: articles.title,
      slug: articles.slug,
      sectionSlug: sections.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      unpublishAt: articles.unpublishAt,
    })
    .from(breakingNews)
    .innerJoin(articles, eq(articles.id, breakingNews.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(gt(breakingNews.expiresAt, now))
    .get();
  // Checked here rather than in SQL: given the public condition, SQLite walks every published
  // article (a third of a second at 100,000) instead of looking up the one in the banner.
  if (!row || !isPublicRow(row, now)) return null;
  return {
    articleId: row.articleId,
    title: row.title,
    path: articlePath(row.sectionSlug, row.slug, row.articleId),
    expiresAt: row.expiresAt.toISOString(),
  };
}

const cachedBreakingNews = unstable_cache(async () => getBreakingNews(), ['breaking-news'], {
  tags: [cacheTags.breaking],
});

/**
 * The banner for readers' pages, cached under its own tag. The expiry is checked again here, so
 * a page rendered after it never shows the banner, even before the scheduler has removed it.
 */
export async function getBreakingBanner(now = Date.now()): Promise<BreakingNews | null> {
  const item = await cachedBreakingNews();
  return item && Date.parse(item.expiresAt) > now ? item : null;
}

/** Marks a public article as breaking until `expiresAt`, replacing whatever was breaking. */
export function markBreakingNews(input: { articleId: number; expiresAt: Date; userId: number | null; now?: Date }): BreakingChange {
  const now = input.now ?? new Date();
  if (input.expiresAt <= now) return { ok: false, reason: 'past' };
  return db.transaction((tx): BreakingChange => {
    const article = tx
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .get();
    if (!article) return { ok: false, reason: 'not_found' };
    const visible = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, input.articleId), isPublic(now))!)
      .get();
    if (!visible) return { ok: false, reason: 'not_public' };
    tx.delete(breakingNews).run();
    tx.insert(breakingNews)
      .values({ articleId: input.articleId, expiresAt: input.expiresAt, setBy: input.userId, setAt: now })
      .run();
    return { ok: true, tags: [cacheTags.breaking] };
  });
}

/** Takes this article out of the banner; a newer article marked meanwhile stays. */
export function clearBreakingNews(articleId: number): { cleared: boolean; tags: string[] } {
  const removed = db.delete(breakingNews).where(eq(breakingNews.articleId, articleId)).run().changes > 0;
  return { cleared: removed, tags: removed ? [cacheTags.breaking] : [] };
}

/** Removes an expired banner; the tag to expire when there was one. Safe to run any number of times. */
export function removeExpiredBreakingNews(now = new Date()): { removed: number[]; tags: string[] } {
  const removed = db
    .delete(breakingNews)
    .where(lte(breakingNews.expiresAt, now))
    .returning({ articleId: breakingNews.articleId })
    .all()
    .map((row) => row.articleId);
  return { removed, tags: removed.length ? [cacheTags.breaking] : [] };
}

/** When the banner expires (ms), or null when nothing is breaking: the scheduler fires then. */
export function nextBreakingExpiry(now = new Date()): number | null {
  const row = db
    .select({ at: breakingNews.expiresAt })
    .from(breakingNews)
    .where(gt(breakingNews.expiresAt, now))
    .get();
  return row ? row.at.getTime() : null;
}

/** This article's place in the banner for the newsroom: its expiry, or null when it is not breaking. */
export function getArticleBreakingExpiry(articleId: number, now = new Date()): string | null {
  const row = db
    .select({ at: breakingNews.expiresAt })
    .from(breakingNews)
    .where(and(eq(breakingNews.articleId, articleId), gt(breakingNews.expiresAt, now))!)
    .get();
  return row ? row.at.toISOString() : null;
}
