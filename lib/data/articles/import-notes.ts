import 'server-only';
import { desc, gt, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { listImportAuditDetails } from '@/lib/data/audit-read';

export type ArticleText = { id: number; title: string; lead: string; body: unknown };

/** The newest `limit` articles' text with an id above `afterId`, any status, oldest of them first: what an import is compared with. */
export function listRecentArticleTexts(limit: number, afterId = 0): ArticleText[] {
  return db
    .select({ id: articles.id, title: articles.title, lead: articles.lead, body: articles.body })
    .from(articles)
    .where(gt(articles.id, afterId))
    .orderBy(desc(articles.id))
    .limit(limit)
    .all()
    .reverse();
}

export type ImportNote = {
  /** The file the draft was imported from. */
  file: string;
  /** The lead's opening words, which tell drafts with the same provisional headline apart. */
  excerpt: string;
  /** The article the import repeats, when it still exists. */
  duplicateOf: { id: number; title: string; kind: 'same' | 'similar'; similarity: number } | null;
};

const EXCERPT_WORDS = 24;

/** What the import recorded about each of these articles (those imported through the importer). */
export function listImportNotes(articleIds: number[]): Map<number, ImportNote> {
  const details = new Map(listImportAuditDetails(articleIds).map((row) => [row.articleId, row.detail]));
  const duplicateIds = [...details.values()].flatMap((d) => (typeof d.duplicateOf === 'number' ? [d.duplicateOf] : []));
  const wanted = [...new Set([...details.keys(), ...duplicateIds])];
  const known = new Map(
    wanted.length === 0
      ? []
      : db
          .select({ id: articles.id, title: articles.title, lead: articles.lead })
          .from(articles)
          .where(inArray(articles.id, wanted))
          .all()
          .map((row) => [row.id, row]),
  );
  const notes = new Map<number, ImportNote>();
  for (const [articleId, detail] of details) {
    const words = (known.get(articleId)?.lead ?? '').split(/\s+/).filter(Boolean);
    const duplicate = typeof detail.duplicateOf === 'number' ? known.get(detail.duplicateOf) : undefined;
    notes.set(articleId, {
      file: typeof detail.file === 'string' ? detail.file : '',
      excerpt: words.slice(0, EXCERPT_WORDS).join(' ') + (words.length > EXCERPT_WORDS ? '…' : ''),
      duplicateOf: duplicate
        ? {
            id: duplicate.id,
            title: duplicate.title,
            kind: detail.duplicateKind === 'same' ? 'same' : 'similar',
            similarity: typeof detail.similarity === 'number' ? detail.similarity : 0,
          }
        : null,
    });
  }
  return notes;
}
