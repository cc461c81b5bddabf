import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { authors } from '@/db/schema';
import { authorPath } from '@/lib/urls';

export type AuthorProfile = { id: number; name: string; slug: string; bio: string | null; path: string };

/** An author by URL slug. */
export function getAuthorBySlug(slug: string): AuthorProfile | null {
  const row = db
    .select({ id: authors.id, name: authors.name, slug: authors.slug, bio: authors.bio })
    .from(authors)
    .where(eq(authors.slug, slug))
    .get();
  return row ? { ...row, path: authorPath(row.slug) } : null;
}
