import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, users, type ArticleStatus } from '@/db/schema';
import type { ArticleResource } from '@/lib/auth/capabilities';
import { foldVietnamese } from '@/lib/vi/text';
import { selectEditableArticle, type EditableArticle } from './editable';

// The newsroom's reads. Unlike lib/data/articles.ts these see every status; callers check
// capabilities (a reporter's list is narrowed to their own work by `createdBy`).

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

/** A page of articles for the newsroom list, newest change first. */
export function listAdminArticles(filter: AdminArticleFilter): {
  items: AdminArticleRow[];
  total: number;
} {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(articles.status, filter.status));
  if (filter.sectionId) where.push(eq(articles.sectionId, filter.sectionId));
  if (filter.createdBy) where.push(eq(articles.createdBy, filter.createdBy));
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

/** Staff who have written articles, for the author filter. */
export function listArticleCreators(): { id: number; name: string }[] {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(articles, eq(articles.createdBy, users.id))
    .orderBy(users.name)
    .all();
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
