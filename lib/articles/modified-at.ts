import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';

/**
 * When an article last changed for readers: its last update or its newest correction note,
 * whichever is later (a correction may be added without touching the article row).
 */
// Spelled out with table names: Drizzle leaves columns unqualified in single-table selects, and
// an unqualified "id" inside the subquery would mean the correction's id.
export const articleModifiedAt = sql<number>`max("articles"."updated_at", coalesce((select max("c"."created_at") from "article_corrections" "c" where "c"."article_id" = "articles"."id"), 0))`;

/** An article's last modification including corrections, as ISO; null for an unknown id. */
export function getArticleModifiedAt(id: number): string | null {
  const row = db.select({ modifiedAt: articleModifiedAt }).from(articles).where(eq(articles.id, id)).get();
  return row ? new Date(row.modifiedAt).toISOString() : null;
}
