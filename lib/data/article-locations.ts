import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles, categories } from '@/db/schema';
import { articlePath } from '@/lib/urls';
import { isPublic } from './articles';

// Prepared once: the proxy asks this for every article request, cached pages included, so
// building and compiling the SQL each time cost more than running it.
const publicLocation = db
  .select({ slug: articles.slug, sectionSlug: categories.slug })
  .from(articles)
  .innerJoin(categories, eq(categories.id, articles.categoryId))
  .where(and(eq(articles.id, sql.placeholder('id')), isPublic(sql.placeholder('now')))!)
  .prepare();

/** The canonical public path of an article, or null when it is not public. One indexed lookup. */
export function getPublicArticlePath(id: number, now = new Date()): string | null {
  const row = publicLocation.get({ id, now: now.getTime() });
  return row ? articlePath(row.sectionSlug, row.slug, id) : null;
}
