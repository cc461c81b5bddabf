import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain/article-status';
import { can, type Actor } from '@/lib/auth/capabilities';
import { foldVietnamese } from '@/lib/vi/text';

// The newsroom's lists. Unlike the public reads these see every status, so each takes the acting
// user and shows only what the capability table lets them read.

export type AdminArticleFilter = {
  status?: ArticleStatus;
  sectionId?: number;
  createdBy?: number;
  query?: string;
  needsHeadline?: boolean;
  page: number;
  pageSize: number;
};

export type AdminArticleRow = {
  id: number;
  title: string;
  status: ArticleStatus;
  needsHeadline: boolean;
  sectionName: string;
  authorName: string | null;
  updatedAt: string;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether the user may read every article, not only their own (`article:read` on no article). */
const readsEveryArticle = (user: Actor) => can(user, 'article:read');

/** A page of the articles the user may read, newest change first. */
export function listAdminArticles(
  user: Actor,
  filter: AdminArticleFilter,
): {
  items: AdminArticleRow[];
  total: number;
} {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(articles.status, filter.status));
  if (filter.sectionId) where.push(eq(articles.sectionId, filter.sectionId));
  // Anyone else reads only their own work, whatever author they ask for.
  const createdBy = readsEveryArticle(user) ? filter.createdBy : user.id;
  if (createdBy) where.push(eq(articles.createdBy, createdBy));
  if (filter.needsHeadline) where.push(eq(articles.needsHeadline, true));
  // Folded on both sides (search_fold is registered on every connection, see db/index.ts), so
  // "dang uy" and "ĐẢNG ỦY" both find "Đảng ủy".
  const query = foldVietnamese(filter.query?.trim() ?? '');
  if (query) {
    where.push(sql`search_fold(${articles.title}) LIKE ${`%${escapeLike(query)}%`} ESCAPE '\\'`);
  }
  const condition = where.length ? and(...where) : undefined;
  const [{ total } = { total: 0 }] = db
    .select({ total: count() })
    .from(articles)
    .where(condition)
    .all();
  const items = db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      needsHeadline: articles.needsHeadline,
      sectionName: sections.name,
      authorName: users.name,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(condition)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all()
    .map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  return { items, total };
}

/** Staff who have written articles, for the author filter; null for a user who reads only their own. */
export function listArticleCreators(user: Actor): { id: number; name: string }[] | null {
  if (!readsEveryArticle(user)) return null;
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(articles, eq(articles.createdBy, users.id))
    .orderBy(users.name)
    .all();
}
