import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { sectionPath } from '@/lib/urls';
import type { Section, SectionLink } from './dto';

function link(row: { id: number; name: string; slug: string }): SectionLink {
  return { id: row.id, name: row.name, slug: row.slug, path: sectionPath(row.slug) };
}

/** All sections in newsroom order, each with its parent and subsections. */
export function listSections(): Section[] {
  const rows = db.select().from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map(
    (row): Section => ({
      ...link(row),
      description: row.description,
      parent: row.parentId === null ? null : link(byId.get(row.parentId)!),
      children: rows.filter((child) => child.parentId === row.id).map(link),
    }),
  );
}

/** The id of a section by slug, for writers that address sections by name. */
export function findSectionId(slug: string): number | null {
  return db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug)).get()?.id ?? null;
}
