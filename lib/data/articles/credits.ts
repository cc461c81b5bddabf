import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articleBylines, authors } from '@/db/schema';
import { authorPath } from '@/lib/urls';
import type { Byline } from '@/lib/data/dto';

export type ArticleCredits = { bylines: Byline[]; authorIds: number[] };

/** The bylines of these articles in print order (a credited author's with their page), and the authors credited, by article id. */
export function listCredits(articleIds: number[]): Map<number, ArticleCredits> {
  const credits = new Map<number, ArticleCredits>();
  if (articleIds.length === 0) return credits;
  const rows = db
    .select({
      articleId: articleBylines.articleId,
      role: articleBylines.role,
      label: articleBylines.label,
      name: articleBylines.name,
      authorId: articleBylines.authorId,
      authorSlug: authors.slug,
    })
    .from(articleBylines)
    .leftJoin(authors, eq(authors.id, articleBylines.authorId))
    .where(inArray(articleBylines.articleId, articleIds))
    .orderBy(asc(articleBylines.articleId), asc(articleBylines.position))
    .all();
  for (const { articleId, authorId, authorSlug, ...byline } of rows) {
    const entry = credits.get(articleId) ?? { bylines: [], authorIds: [] };
    entry.bylines.push({ ...byline, authorPath: authorSlug ? authorPath(authorSlug) : null });
    if (authorId) entry.authorIds.push(authorId);
    credits.set(articleId, entry);
  }
  return credits;
}
