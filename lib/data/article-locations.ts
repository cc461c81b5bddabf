import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, categories } from '@/db/schema';
import { articlePath } from '@/lib/urls';
import { isPublic } from './articles';

/** The canonical public path of an article, or null when it is not public. One indexed lookup. */
export function getPublicArticlePath(id: number): string | null {
  const row = db
    .select({ slug: articles.slug, sectionSlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.id, id), isPublic())!)
    .get();
  return row ? articlePath(row.sectionSlug, row.slug, id) : null;
}
