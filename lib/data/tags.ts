import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { tags } from '@/db/schema';
import { tagPath } from '@/lib/urls';
import type { TagLink } from './dto';

/** A tag by its URL slug. */
export function getTagBySlug(slug: string): TagLink | null {
  const row = db.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(eq(tags.slug, slug)).get();
  return row ? { ...row, path: tagPath(row.slug) } : null;
}
