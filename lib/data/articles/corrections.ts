import 'server-only';
import { unstable_cache } from 'next/cache';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { articleCorrections, correctionRevisions, users } from '@/db/schema';
import { cacheTags } from '@/lib/cache-tags';
import { readArticleCacheScope, tagsForScopes } from './cache-scope';
import { refuse, writeArticle, type WriteOutcome } from './write';

// "Đính chính": dated notes under a published article. Editors add them, correct their wording and
// remove them; every earlier text is kept in correction_revisions, written before the change, and
// readers see only the current text with the time it was last corrected.

export type Correction = { id: number; note: string; createdAt: string; editedAt: string | null };

/** A correction as the newsroom sees it: its earlier texts too, and whether it was removed. */
export type DeskCorrection = Correction & {
  removedAt: string | null;
  history: { note: string; change: 'edit' | 'remove'; changedAt: string; changedBy: string | null }[];
};

export type CorrectionOutcome = WriteOutcome<{ correction: Correction; tags: string[] }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Adds a dated correction to a published article and bumps its modified time. */
export function addCorrection(input: { articleId: number; note: string; userId: number | null; now?: Date }): CorrectionOutcome {
  // Not version-checked and no version bump: a correction changes no text an open editor could overwrite.
  const target = { id: input.articleId, baseVersion: null, from: ['published'] as const, now: input.now };
  return writeArticle(target, ({ tx, now, update }): CorrectionOutcome => {
    const row = tx
      .insert(articleCorrections)
      .values({ articleId: input.articleId, note: input.note, createdBy: input.userId, createdAt: now })
      .returning({ id: articleCorrections.id })
      .get();
    update({}); // the new updatedAt is the page's modified time
    return {
      ok: true,
      correction: { id: row.id, note: input.note, createdAt: now.toISOString(), editedAt: null },
      tags: tagsForScopes(readArticleCacheScope(tx, input.articleId)),
    };
  });
}

export type CorrectionChange = { articleId: number; correctionId: number; userId: number | null; now?: Date } & (
  | { change: 'edit'; note: string }
  | { change: 'remove' }
);

export type CorrectionChangeOutcome = WriteOutcome<{ previousNote: string; correction: Correction; tags: string[] }>;

/**
 * Rewrites or removes a correction of a published article, keeping its text before the change as a
 * revision; the article's modified time moves with it. Refused for a correction already removed,
 * or one of another article; an edit to the same text changes nothing and is refused as such.
 */
export function changeCorrection(input: CorrectionChange): CorrectionChangeOutcome {
  const target = { id: input.articleId, baseVersion: null, from: ['published'] as const, now: input.now, refusal: 'Chỉ sửa được đính chính của bài đang đăng.' };
  return writeArticle(target, ({ tx, now, update }): CorrectionChangeOutcome => {
    const current = tx
      .select({ note: articleCorrections.note, createdAt: articleCorrections.createdAt, editedAt: articleCorrections.editedAt })
      .from(articleCorrections)
      .where(and(eq(articleCorrections.id, input.correctionId), eq(articleCorrections.articleId, input.articleId), isNull(articleCorrections.removedAt)))
      .get();
    if (!current) return refuse('Không tìm thấy đính chính này; có thể đã bị gỡ.');
    if (input.change === 'edit' && input.note === current.note) return refuse('Nội dung đính chính chưa thay đổi.');
    tx.insert(correctionRevisions)
      .values({ correctionId: input.correctionId, note: current.note, change: input.change, changedBy: input.userId, changedAt: now })
      .run();
    const set = input.change === 'edit' ? { note: input.note, editedAt: now } : { removedAt: now };
    tx.update(articleCorrections).set(set).where(eq(articleCorrections.id, input.correctionId)).run();
    update({}); // readers' page changes: its modified time too
    return {
      ok: true,
      previousNote: current.note,
      correction: {
        id: input.correctionId,
        note: input.change === 'edit' ? input.note : current.note,
        createdAt: current.createdAt.toISOString(),
        editedAt: input.change === 'edit' ? now.toISOString() : iso(current.editedAt),
      },
      tags: tagsForScopes(readArticleCacheScope(tx, input.articleId)),
    };
  });
}

/** An article's current corrections, oldest first: what readers see (removed ones are gone). */
export function listCorrections(articleId: number): Correction[] {
  return db
    .select({ id: articleCorrections.id, note: articleCorrections.note, createdAt: articleCorrections.createdAt, editedAt: articleCorrections.editedAt })
    .from(articleCorrections)
    .where(and(eq(articleCorrections.articleId, articleId), isNull(articleCorrections.removedAt)))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all()
    .map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), editedAt: iso(c.editedAt) }));
}

/** Every correction of an article, removed ones included, each with its earlier texts newest first: the editor's panel. */
export function listDeskCorrections(articleId: number): DeskCorrection[] {
  const rows = db
    .select({
      id: articleCorrections.id,
      note: articleCorrections.note,
      createdAt: articleCorrections.createdAt,
      editedAt: articleCorrections.editedAt,
      removedAt: articleCorrections.removedAt,
    })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all();
  const revisions =
    rows.length === 0
      ? []
      : db
          .select({
            correctionId: correctionRevisions.correctionId,
            note: correctionRevisions.note,
            change: correctionRevisions.change,
            changedAt: correctionRevisions.changedAt,
            changedBy: users.name,
          })
          .from(correctionRevisions)
          .leftJoin(users, eq(users.id, correctionRevisions.changedBy))
          .where(inArray(correctionRevisions.correctionId, rows.map((r) => r.id)))
          .orderBy(desc(correctionRevisions.id))
          .all();
  return rows.map((row) => ({
    id: row.id,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    editedAt: iso(row.editedAt),
    removedAt: iso(row.removedAt),
    history: revisions
      .filter((r) => r.correctionId === row.id)
      .map((r) => ({ note: r.note, change: r.change, changedAt: r.changedAt.toISOString(), changedBy: r.changedBy })),
  }));
}

/** The public article page's corrections, cached with the article's tag. */
export const getArticleCorrections = (articleId: number) =>
  unstable_cache(async () => listCorrections(articleId), ['corrections', String(articleId)], {
    tags: [cacheTags.article(articleId)],
  })();
