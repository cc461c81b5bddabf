import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articleAutosaves, articleBylines, articles, articleTags, sections, tags } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import type { ArticleResource } from '@/lib/domain/capabilities';
import { articlePath } from '@/lib/urls';
import { readSnapshot, type ArticleSnapshot } from './snapshot';

type Reader = Pick<typeof db, 'select'>;

/** An article as the newsroom edits it: the live snapshot plus workflow state. */
export type EditableArticle = {
  id: number;
  version: number;
  status: ArticleStatus;
  createdBy: number | null;
  needsHeadline: boolean;
  reviewNote: string | null;
  publishedAt: string | null;
  updatedAt: string;
  path: string;
  snapshot: ArticleSnapshot;
};

/** Reads the editable state of one article (inside or outside a transaction). */
export function selectEditableArticle(tx: Reader, id: number): EditableArticle | null {
  const row = tx
    .select({ article: articles, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const a = row.article;
  const bylines = tx
    .select({ role: articleBylines.role, label: articleBylines.label, name: articleBylines.name })
    .from(articleBylines)
    .where(eq(articleBylines.articleId, id))
    .orderBy(asc(articleBylines.position))
    .all();
  const tagNames = tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name))
    .all();
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    createdBy: a.createdBy,
    needsHeadline: a.needsHeadline,
    reviewNote: a.reviewNote,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    path: articlePath(row.sectionSlug, a.slug, a.id),
    snapshot: {
      title: a.title,
      slug: a.slug,
      lead: a.lead,
      body: a.body as ArticleSnapshot['body'],
      sectionId: a.sectionId,
      coverMediaId: a.coverMediaId,
      tags: tagNames.map((t) => t.name),
      bylines,
      seoTitle: a.seoTitle ?? '',
      seoDescription: a.seoDescription ?? '',
    },
  };
}

export type PendingAutosave = { baseVersion: number; savedAt: string; snapshot: ArticleSnapshot };

/** Unapplied edits of a published article, if any. */
export function getPendingAutosave(articleId: number): PendingAutosave | null {
  const row = db
    .select()
    .from(articleAutosaves)
    .where(eq(articleAutosaves.articleId, articleId))
    .get();
  const snapshot = row ? readSnapshot(row.snapshot) : null;
  return row && snapshot
    ? { baseVersion: row.baseVersion, savedAt: row.savedAt.toISOString(), snapshot }
    : null;
}

/** Who owns an article and where it stands: what capability checks need. */
export function getArticleResource(id: number): ArticleResource | null {
  return (
    db
      .select({ createdBy: articles.createdBy, status: articles.status })
      .from(articles)
      .where(eq(articles.id, id))
      .get() ?? null
  );
}

/** An article in the shape the editor works on, or null. */
export function getEditableArticle(id: number): EditableArticle | null {
  return selectEditableArticle(db, id);
}
