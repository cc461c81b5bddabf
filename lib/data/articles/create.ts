import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { articles, sections } from '@/db/schema';
import { ARTICLE_STATUSES } from '@/lib/domain/article-status';
import { articlePath } from '@/lib/urls';
import { snapshotColumns, writeBylinesAndTags } from './fields';
import { recordRevision } from './revisions';
import { articleSnapshotSchema } from './snapshot';

const { shape } = articleSnapshotSchema;

/**
 * What creating an article takes: the editable fields under the snapshot's limits (the optional
 * ones default to empty) and where the article starts. The editor, the importer and the seed all
 * create through it.
 */
export const newArticleSchema = articleSnapshotSchema
  .extend({
    slug: shape.slug.default(''),
    coverMediaId: shape.coverMediaId.default(null),
    tags: shape.tags.default([]),
    bylines: shape.bylines.default([]),
    seoTitle: shape.seoTitle.default(''),
    seoDescription: shape.seoDescription.default(''),
    status: z.enum(ARTICLE_STATUSES).default('draft'),
    needsHeadline: z.boolean().default(false),
    publishedAt: z.date().nullable().default(null),
    sourceHash: z.string().length(64).optional(),
    createdBy: z.number().int().positive().nullable().default(null),
  })
  .refine((article) => article.status !== 'published' || article.title, {
    message: 'Bài cần có tiêu đề.',
    path: ['title'],
  });

export type NewArticle = z.input<typeof newArticleSchema>;
export type CreatedArticle = { id: number; status: string; path: string };

/**
 * Creates an article with its bylines, tags and first revision (version 1) in one transaction.
 * Input the schema refuses throws: callers with user input validate it first.
 */
export function createArticle(
  input: NewArticle,
  now = new Date(),
): CreatedArticle & { version: number; slug: string } {
  const { status, needsHeadline, publishedAt, sourceHash, createdBy, ...snapshot } =
    newArticleSchema.parse(input);
  const publishedAtOrNow = status === 'published' ? (publishedAt ?? now) : publishedAt;
  return db.transaction((tx) => {
    const columns = snapshotColumns(tx, snapshot);
    const { id } = tx
      .insert(articles)
      .values({
        ...columns,
        status,
        needsHeadline,
        publishedAt: publishedAtOrNow,
        sourceHash,
        createdBy,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articles.id })
      .get();
    writeBylinesAndTags(tx, id, snapshot);
    recordRevision(tx, {
      articleId: id,
      version: 1,
      reason: status === 'published' ? 'publish' : 'save',
      snapshot: { ...snapshot, slug: columns.slug },
      userId: createdBy,
      // A live article's first revision is what readers first saw, dated at its publication, so
      // it never counts as a later edit (modified-at.ts).
      now: status === 'published' ? publishedAtOrNow! : now,
    });
    const section = tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, snapshot.sectionId)).get()!;
    return { id, version: 1, status, slug: columns.slug, path: articlePath(section.slug, columns.slug, id) };
  });
}

/** The article previously imported from the same source text, if any. */
export function findImportedArticle(sourceHash: string): CreatedArticle | null {
  const row = db
    .select({ id: articles.id, status: articles.status, slug: articles.slug, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.sourceHash, sourceHash))
    .get();
  return row ? { id: row.id, status: row.status, path: articlePath(row.sectionSlug, row.slug, row.id) } : null;
}
