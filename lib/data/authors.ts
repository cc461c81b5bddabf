import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { db } from '@/db';
import { authors, media } from '@/db/schema';
import { authorPath } from '@/lib/urls';
import type { Picture } from './dto';
import { photoColumns, pictureFromColumns } from './photo-columns';

export type AuthorProfile = {
  id: number;
  name: string;
  slug: string;
  bio: string | null;
  /** Under the name, e.g. "Phóng viên ảnh". */
  roleTitle: string | null;
  photo: Picture | null;
  path: string;
  createdAt: string;
};

/** An author's profile as the newsroom edits it: the account it belongs to decides who may. */
export type EditableAuthor = AuthorProfile & { userId: number | null; photoMediaId: number | null };

const columns = {
  id: authors.id,
  name: authors.name,
  slug: authors.slug,
  bio: authors.bio,
  roleTitle: authors.roleTitle,
  userId: authors.userId,
  photoMediaId: authors.photoMediaId,
  createdAt: authors.createdAt,
  ...photoColumns,
};

function selectAuthors() {
  return db.select(columns).from(authors).leftJoin(media, eq(media.id, authors.photoMediaId));
}

function toEditable(row: NonNullable<ReturnType<ReturnType<typeof selectAuthors>['get']>>): EditableAuthor {
  const { id, name, slug, bio, roleTitle, userId, photoMediaId } = row;
  return {
    id,
    name,
    slug,
    bio,
    roleTitle,
    userId,
    photoMediaId,
    // The portrait is named by its author when the library's alt says nothing.
    photo: pictureFromColumns(row, `Ảnh ${name}`),
    path: authorPath(slug),
    createdAt: row.createdAt.toISOString(),
  };
}

function toProfile({ userId: _userId, photoMediaId: _photoMediaId, ...profile }: EditableAuthor): AuthorProfile {
  return profile;
}

/** An author by URL slug, as readers see the profile. */
export function getAuthorBySlug(slug: string): AuthorProfile | null {
  const row = selectAuthors().where(eq(authors.slug, slug)).get();
  return row ? toProfile(toEditable(row)) : null;
}

/** An author by id, with who owns the profile; null when unknown. */
export function getEditableAuthor(id: number): EditableAuthor | null {
  const row = selectAuthors().where(eq(authors.id, id)).get();
  return row ? toEditable(row) : null;
}

/** The author row of a staff account (their byline), or null when they have none yet. */
export function getAuthorOfUser(userId: number): EditableAuthor | null {
  const row = selectAuthors().where(eq(authors.userId, userId)).get();
  return row ? toEditable(row) : null;
}

/** Every author, by name (the admins' list); a ten-year archive has hundreds, not millions. */
export function listAuthors(): EditableAuthor[] {
  const order = new Intl.Collator('vi');
  return selectAuthors()
    .all()
    .map(toEditable)
    .sort((a, b) => order.compare(a.name, b.name));
}

export type AuthorProfileFields = { bio: string; roleTitle: string; photoMediaId: number | null };

/** Sets an author's bio, role title and photo; the profile before the change, or null when unknown. */
export function updateAuthorProfile(id: number, fields: AuthorProfileFields): EditableAuthor | null {
  const before = getEditableAuthor(id);
  if (!before) return null;
  db.update(authors)
    .set({ bio: fields.bio || null, roleTitle: fields.roleTitle || null, photoMediaId: fields.photoMediaId })
    .where(eq(authors.id, id))
    .run();
  return before;
}

/**
 * Links an author to the staff account that writes under that byline (or unlinks, with null), so
 * its owner may edit the profile. False when the account already has another author.
 */
export function linkAuthorToUser(id: number, userId: number | null): boolean {
  if (userId !== null) {
    const taken = db.select({ id: authors.id }).from(authors).where(and(eq(authors.userId, userId), ne(authors.id, id))).get();
    if (taken) return false;
  }
  db.update(authors).set({ userId }).where(eq(authors.id, id)).run();
  return true;
}
