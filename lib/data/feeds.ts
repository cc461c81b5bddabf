import 'server-only';
import { bodyToPlainText } from '@/lib/article-body/text';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articles, eventArticles, sections, media } from '@/db/schema';
import { articleLinkColumns, isPublic, newestFirst, toArticleLink } from '@/lib/data/articles/public-reads';
import { listCredits } from '@/lib/data/articles/credits';
import type { FeedArticle } from './dto';
import { mediaUrl } from '@/lib/media/url';
import { readStoredBody, storedBodyText } from './stored-body';

export const FEED_SIZE = 50;

const SUMMARY_LENGTH = 300;

// Feed readers show an item's description as its summary; an article without a lead still needs one.
function feedSummary(row: { id: number; lead: string; seoDescription: string | null; body: string | null }): string {
  if (row.lead) return row.lead;
  if (row.seoDescription) return row.seoDescription;
  const body = readStoredBody(row.body, row.id);
  const text = body ? bodyToPlainText(body) : '';
  return text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, text.lastIndexOf(' ', SUMMARY_LENGTH))}…`;
}

/** Newest public articles for a feed: the whole site, or the given sections only, or an event's. */
export function listFeedArticles(options: { sectionIds?: number[]; eventId?: number; limit?: number; now?: Date } = {}): FeedArticle[] {
  const { sectionIds, eventId, limit = FEED_SIZE, now = new Date() } = options;
  const members = eventId === undefined ? undefined : db.select({ id: eventArticles.articleId }).from(eventArticles).where(eq(eventArticles.eventId, eventId));
  const where = and(isPublic(now), sectionIds && inArray(articles.sectionId, sectionIds), members && inArray(articles.id, members))!;
  const rows = db
    .select({
      ...articleLinkColumns,
      seoDescription: articles.seoDescription,
      body: storedBodyText,
      coverPath: media.path,
      coverType: media.mimeType,
      coverBytes: media.bytes,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(limit)
    .all();
  const credits = listCredits(rows.map((row) => row.id));
  return rows.map((row) => ({
    ...toArticleLink(row),
    lead: feedSummary(row),
    credits: credits.get(row.id)?.bylines ?? [],
    cover: row.coverPath && row.coverType ? { src: mediaUrl(row.coverPath), mimeType: row.coverType, bytes: row.coverBytes ?? 0 } : null,
  }));
}
