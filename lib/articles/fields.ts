import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, articleTags, sections } from '@/db/schema';
import type { ArticleSnapshot } from './snapshot';
import { findOrCreateAuthor, findOrCreateTag, uniqueArticleSlug } from './writes';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Columns of `articles` a snapshot sets; the slug is made unique against every other article. */
export function snapshotColumns(tx: Tx, snapshot: ArticleSnapshot, articleId?: number) {
  const section = tx
    .select({ id: sections.id })
    .from(sections)
    .where(eq(sections.id, snapshot.sectionId))
    .get();
  if (!section) throw new Error(`Chuyên mục #${snapshot.sectionId} không tồn tại`);
  return {
    title: snapshot.title,
    slug: uniqueArticleSlug(tx, snapshot.slug || snapshot.title, articleId),
    lead: snapshot.lead,
    body: snapshot.body,
    sectionId: snapshot.sectionId,
    coverMediaId: snapshot.coverMediaId,
    seoTitle: snapshot.seoTitle || null,
    seoDescription: snapshot.seoDescription || null,
  };
}

/** Replaces an article's bylines and tags with the snapshot's, in order. */
export function replaceBylinesAndTags(tx: Tx, articleId: number, snapshot: ArticleSnapshot): void {
  tx.delete(articleBylines).where(eq(articleBylines.articleId, articleId)).run();
  snapshot.bylines.forEach((byline, position) => {
    const authorId = byline.role === 'source' ? null : findOrCreateAuthor(tx, byline.name);
    tx.insert(articleBylines)
      .values({ articleId, position, ...byline, authorId })
      .run();
  });
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  for (const tagId of new Set(snapshot.tags.map((name) => findOrCreateTag(tx, name)))) {
    tx.insert(articleTags).values({ articleId, tagId }).run();
  }
}
