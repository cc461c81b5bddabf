import 'server-only';
import { eq, like, or } from 'drizzle-orm';
import { articleBylines, articles, articleTags, authors, sections, tags } from '@/db/schema';
import { slugify, toTitleCase } from '@/lib/vi/text';
import type { ArticleSnapshot } from './snapshot';
import type { ArticleTx } from './write';

/** A slug no other article has, adding -2, -3 … when the natural one is taken. */
function uniqueArticleSlug(tx: ArticleTx, wanted: string, exceptId?: number): string {
  const base = slugify(wanted) || 'bai-viet';
  const taken = new Set(
    tx
      .select({ slug: articles.slug, id: articles.id })
      .from(articles)
      .where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)))
      .all()
      .filter((row) => row.id !== exceptId)
      .map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function findOrCreateAuthor(tx: ArticleTx, printedName: string): number {
  const name = toTitleCase(printedName);
  const slug = slugify(name) || 'tac-gia';
  const existing = tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get();
  if (existing) return existing.id;
  return tx.insert(authors).values({ name, slug }).returning({ id: authors.id }).get().id;
}

function findOrCreateTag(tx: ArticleTx, name: string): number {
  const slug = slugify(name);
  const existing = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get();
  if (existing) return existing.id;
  return tx.insert(tags).values({ name, slug }).returning({ id: tags.id }).get().id;
}

/** Columns of `articles` a snapshot sets; the slug is made unique against every other article. */
export function snapshotColumns(tx: ArticleTx, snapshot: ArticleSnapshot, articleId?: number) {
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

/** Replaces an article's bylines and tags with the snapshot's, in order: the only place they are written. */
export function writeBylinesAndTags(tx: ArticleTx, articleId: number, snapshot: ArticleSnapshot): void {
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
