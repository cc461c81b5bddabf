import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, articleLive, articles, articleTags, sections, media, tags } from '@/db/schema';
import { articlePath, sectionPath, tagPath } from '@/lib/urls';
import type { ArticleDetail, ArticleSummary, FigureMedia } from '@/lib/data/dto';
import { focalFrom } from '@/lib/media/focal';
import { mediaSrcSet } from '@/lib/media/variants';
import { mediaUrl } from '@/lib/media/url';
import { EMPTY_BODY, readStoredBody, storedBodyText } from '@/lib/data/stored-body';
import { photoColumns, pictureFromColumns, type PhotoColumns } from '@/lib/data/photo-columns';
import { bodyPhotoIds } from '@/lib/article-body/schema';
import { listCredits } from './credits';
import { sortByVietnamese } from '@/lib/vi/collation';

/**
 * Published and due: the only articles a reader may ever see. A scheduled article counts from its
 * time even before the scheduler flips it, and a due unpublish hides it at once: readers never
 * depend on the timer having run.
 *
 * Scheduling sets publishedAt to the scheduled time, so every public article has publishedAt <= now.
 * Saying so first lets SQLite walk the covering (…, published_at, status, scheduled_at,
 * unpublish_at) indexes newest first and stop after a page, instead of sorting a whole section.
 */
export function isPublic(now = new Date()): SQL {
  return and(
    inArray(articles.status, ['published', 'scheduled']),
    lte(articles.publishedAt, now),
    or(eq(articles.status, 'published'), lte(articles.scheduledAt, now)),
    or(isNull(articles.unpublishAt), gt(articles.unpublishAt, now)),
  )!;
}

/** The order of every public listing, feed and sitemap: newest first, the id breaking ties (the indexes isPublic walks serve it). */
export const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

/** The same rule as `isPublic` for a row already in memory. */
export function isPublicRow(
  row: { status: string; publishedAt: Date | null; scheduledAt: Date | null; unpublishAt: Date | null },
  now = new Date(),
): boolean {
  if (row.unpublishAt && row.unpublishAt <= now) return false;
  if (row.publishedAt === null || row.publishedAt > now) return false;
  if (row.status === 'published') return true;
  return row.status === 'scheduled' && row.scheduledAt !== null && row.scheduledAt <= now;
}

/** What every public listing (pages, feeds, search) shows of an article; its section joined as `sections`. */
export const articleLinkColumns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  lead: articles.lead,
  publishedAt: articles.publishedAt,
  sectionId: sections.id,
  sectionName: sections.name,
  sectionSlug: sections.slug,
};

// An open live page: its card carries the "Trực tiếp" badge (starting and ending expire the listings).
const isLive = sql<number>`exists (select 1 from ${articleLive} where ${articleLive.articleId} = ${articles.id} and ${articleLive.endedAt} is null)`;

const summaryColumns = { ...articleLinkColumns, ...photoColumns, live: isLive };

// The photo that stands for an article on the front and in link previews: its cover, else the
// first figure of its body that has a photo (figures sit at the top level of the body,
// lib/article-body/schema.ts). Listings join the cover; the body's photo is looked up afterwards
// for the rows of the page that have none, in one query: JSON is read for at most a page of
// articles, never for every row a multi-section listing walks before its sort and limit. A body
// SQLite cannot read as JSON gives no photo rather than failing the listing.
const firstBodyPhotoId = sql`CASE WHEN json_valid(${articles.body}) THEN (
  SELECT json_extract(f.value, '$.attrs.mediaId') FROM json_each(${articles.body}, '$.content') AS f
  WHERE json_extract(f.value, '$.type') = 'figure' AND json_extract(f.value, '$.attrs.mediaId') IS NOT NULL
  ORDER BY f.key LIMIT 1) END`;

/** Fills in the body's first photo for rows without a cover; one query for all of them. */
export function withBodyPhotos<T extends PhotoColumns & { id: number }>(rows: T[]): T[] {
  const bare = rows.filter((row) => row.photoPath === null).map((row) => row.id);
  if (bare.length === 0) return rows;
  const found = new Map(
    db
      .select({ id: articles.id, ...photoColumns })
      .from(articles)
      .innerJoin(media, eq(media.id, firstBodyPhotoId))
      .where(inArray(articles.id, bare))
      .all()
      .map(({ id, ...photo }) => [id, photo]),
  );
  return rows.map((row) => ({ ...row, ...found.get(row.id) }));
}

type ArticleLinkRow = {
  id: number;
  title: string;
  slug: string;
  lead: string;
  publishedAt: Date | null;
  sectionId: number;
  sectionName: string;
  sectionSlug: string;
};

type SummaryRow = ArticleLinkRow & PhotoColumns & { live?: number };

/** A row read with articleLinkColumns as listings show it: its path, time and section link. */
export function toArticleLink(row: ArticleLinkRow): Omit<ArticleSummary, 'photo'> {
  return {
    id: row.id,
    title: row.title,
    lead: row.lead,
    path: articlePath(row.sectionSlug, row.slug, row.id),
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    section: {
      id: row.sectionId,
      name: row.sectionName,
      slug: row.sectionSlug,
      path: sectionPath(row.sectionSlug),
    },
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return { ...toArticleLink(row), photo: pictureFromColumns(row, ''), ...(row.live ? { live: true } : {}) };
}

/** Public listings' one query: summaries matching `where`, newest first (fronts build their blocks with it). */
export function selectSummaries(where: SQL, limit: number, offset = 0): ArticleSummary[] {
  const rows = db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(limit)
    .offset(offset)
    .all();
  return withBodyPhotos(rows).map(toSummary);
}

/**
 * Public listings' query for a section with its subsections: summaries of the sections' articles
 * matching `where` (conditions on the articles' own columns), newest first. One `section_id IN (…)`
 * query reads and sorts every row of the sections before its LIMIT (a section and its subsection
 * at 100,000 articles: 25,000 rows, a quarter of a second); one query per section walks that
 * section's (section_id, published_at, …) index newest first and stops after `limit + offset`
 * ids, and merging those few gives the same page.
 */
export function selectSectionSummaries(sectionIds: number[], where: SQL, limit: number, offset = 0): ArticleSummary[] {
  if (sectionIds.length <= 1) return selectSummaries(and(where, inArray(articles.sectionId, sectionIds))!, limit, offset);
  const ids = sectionIds
    .flatMap((sectionId) =>
      db
        .select({ id: articles.id, publishedAt: articles.publishedAt })
        .from(articles)
        .where(and(where, eq(articles.sectionId, sectionId)))
        .orderBy(...newestFirst)
        .limit(limit + offset)
        .all(),
    )
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id)
    .slice(offset, offset + limit)
    .map((row) => row.id);
  return ids.length ? selectSummaries(inArray(articles.id, ids), ids.length) : [];
}

/** Newest public articles across the whole site. */
export function listLatestArticles(limit: number, offset = 0): ArticleSummary[] {
  return selectSummaries(isPublic(), limit, offset);
}

export type ArticlePage = { items: ArticleSummary[]; total: number };

function paged(where: SQL, page: number, pageSize: number, items = (offset: number) => selectSummaries(where, pageSize, offset)): ArticlePage {
  const [{ total } = { total: 0 }] = db.select({ total: count() }).from(articles).where(where).all();
  return { items: items((page - 1) * pageSize), total };
}

/** Public articles of a section and its subsections, newest first. */
export function listSectionArticles(sectionIds: number[], page: number, pageSize: number): ArticlePage {
  return paged(and(isPublic(), inArray(articles.sectionId, sectionIds))!, page, pageSize, (offset) => selectSectionSummaries(sectionIds, isPublic(), pageSize, offset));
}

/** Public articles carrying a tag, newest first. */
export function listTagArticles(tagId: number, page: number, pageSize: number): ArticlePage {
  const tagged = db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  return paged(and(isPublic(), inArray(articles.id, tagged))!, page, pageSize);
}

/** Public articles credited to an author, newest first. */
export function listAuthorArticles(authorId: number, page: number, pageSize: number): ArticlePage {
  const credited = db
    .select({ id: articleBylines.articleId })
    .from(articleBylines)
    .where(eq(articleBylines.authorId, authorId));
  return paged(and(isPublic(), inArray(articles.id, credited))!, page, pageSize);
}

/** Other public articles from the same section, newest first. */
export function listRelatedArticles(articleId: number, sectionId: number, limit: number): ArticleSummary[] {
  return selectSummaries(
    and(isPublic(), eq(articles.sectionId, sectionId), ne(articles.id, articleId))!,
    limit,
  );
}

/** A public article with everything its page shows, or null when it is not public. */
export function getPublicArticle(id: number): ArticleDetail | null {
  const [row] = db
    .select({
      ...summaryColumns,
      body: storedBodyText,
      updatedAt: articles.updatedAt,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      parentId: sections.parentId,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(eq(articles.id, id), isPublic())!)
    .limit(1)
    .all();
  if (!row) return null;
  return buildDetail(withBodyPhotos([row])[0]!);
}

type DetailRow = SummaryRow & {
  body: string | null;
  updatedAt: Date;
  seoTitle: string | null;
  seoDescription: string | null;
  parentId: number | null;
};

/** Shapes an article row with its bylines, tags and photos; shared by public pages and previews. */
export function buildDetail(row: DetailRow): ArticleDetail {
  // A stored body that cannot be read costs the page its text, not the page (and it is logged).
  const body = readStoredBody(row.body, row.id) ?? EMPTY_BODY;
  const parent = row.parentId
    ? db.select({ id: sections.id, name: sections.name, slug: sections.slug }).from(sections).where(eq(sections.id, row.parentId)).get()
    : undefined;
  const { bylines, authorIds } = listCredits([row.id]).get(row.id) ?? { bylines: [], authorIds: [] };
  const tagRows = sortByVietnamese(
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .all(),
    (tag) => tag.name,
  );

  const figureIds = bodyPhotoIds(body);
  const figureMedia: Record<number, FigureMedia> = {};
  if (figureIds.length > 0) {
    for (const m of db.select().from(media).where(inArray(media.id, figureIds)).all()) {
      figureMedia[m.id] = {
        src: mediaUrl(m.path),
        srcSet: mediaSrcSet(m),
        width: m.width,
        height: m.height,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        focal: focalFrom(m.focalX, m.focalY),
      };
    }
  }

  return {
    ...toSummary(row),
    slug: row.slug,
    body,
    updatedAt: row.updatedAt.toISOString(),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    sectionParent: parent ? { ...parent, path: sectionPath(parent.slug) } : null,
    bylines,
    tags: tagRows.map((t) => ({ ...t, path: tagPath(t.slug) })),
    figureMedia,
    authorIds,
  };
}
