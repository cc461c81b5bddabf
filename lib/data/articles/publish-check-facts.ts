import 'server-only';
import { and, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import type { ArticleBody } from '@/lib/article-body/schema';
import { bodyText, foldForIndex } from '@/lib/search/index-text';
import { articleIdOf } from '@/lib/search/rowid';
import { slugify } from '@/lib/vi/text';
import { listPhotosMissingAltIn } from '@/lib/data/media-alt';
import type { PublishCheckFacts } from './publish-checks';

// The database's side of the pre-publish checks (./publish-checks.ts): each fact costs one
// indexed query, so asking them on every publish stays cheap on a 100,000-article site.

/** Duplicates named at most; one is enough to warn. */
const MAX_DUPLICATES = 5;
/** A body's opening words searched as one phrase; shorter bodies say too little to compare. */
const BODY_PHRASE_WORDS = 16;
const MIN_BODY_WORDS = 12;

const foldTitle = (title: string) => foldForIndex(title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Articles whose headline folds to the same words. Slugs are made from headlines, so the
 * candidates are the rows whose slug is the headline's slug or that slug numbered (-2, -3…): a
 * range on the unique slug index.
 */
function sameTitle(articleId: number | null, title: string): { id: number; title: string }[] {
  const slug = slugify(title);
  if (!slug) return [];
  const wanted = foldTitle(title);
  return db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    // '-' + 1 is '.', so (slug-, slug.) holds exactly the slugs that start with "slug-".
    .where(and(or(eq(articles.slug, slug), and(gt(articles.slug, `${slug}-`), lt(articles.slug, `${slug}.`))), articleId ? ne(articles.id, articleId) : undefined))
    .limit(50)
    .all()
    .filter((row) => foldTitle(row.title) === wanted);
}

/** Published articles whose body contains this body's opening words, as a phrase of the search index. */
function sameBody(articleId: number | null, body: ArticleBody): number[] {
  const words = foldForIndex(bodyText(body)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < MIN_BODY_WORDS) return [];
  const phrase = `body : "${words.slice(0, BODY_PHRASE_WORDS).join(' ')}"`;
  const rows = db.$client
    .prepare<[string, number], { rowid: number }>('SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?')
    .all(phrase, MAX_DUPLICATES + 1);
  return rows.map((row) => articleIdOf(row.rowid)).filter((id) => id !== articleId);
}

/** Possible duplicates of an article: the same normalised headline, or a published article with the same text. */
export function findPossibleDuplicates(articleId: number | null, snapshot: { title: string; body: ArticleBody }): { id: number; title: string }[] {
  const byTitle = sameTitle(articleId, snapshot.title);
  const known = new Set(byTitle.map((row) => row.id));
  const bodyIds = sameBody(articleId, snapshot.body).filter((id) => !known.has(id));
  const byBody = bodyIds.length
    ? db.select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, bodyIds)).all()
    : [];
  return [...byTitle, ...byBody].slice(0, MAX_DUPLICATES);
}

/** The importer's provisional headline while the article still carries it, else null. */
function provisionalTitleOf(articleId: number | null): string | null {
  if (!articleId) return null;
  const row = db
    .select({ title: articles.title, needsHeadline: articles.needsHeadline })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  return row?.needsHeadline ? row.title : null;
}

/** Everything the pre-publish checks need from the database about this article and snapshot. */
export function getPublishCheckFacts(
  articleId: number | null,
  snapshot: { title: string; body: ArticleBody; coverMediaId: number | null },
): PublishCheckFacts {
  return {
    provisionalTitle: provisionalTitleOf(articleId),
    photosMissingAlt: listPhotosMissingAltIn(snapshot.body, snapshot.coverMediaId).map((m) => ({ id: m.id, caption: m.caption })),
    duplicates: findPossibleDuplicates(articleId, snapshot),
  };
}
