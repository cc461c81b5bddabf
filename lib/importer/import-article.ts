import 'server-only';
import { createArticle, findImportedArticle } from '@/lib/data/articles/create';
import { listRecentArticleTexts } from '@/lib/data/articles/import-notes';
import { findSectionId, listSections } from '@/lib/data/sections';
import { articleTextOf, DuplicateIndex, type DuplicateMatch, fingerprintText } from './near-duplicates';
import { ImportError, parseScrapedArticle } from './parse-scraped';

export type ImportOptions = {
  title?: string;
  sectionSlug?: string;
  publish?: boolean;
  publishedAt?: Date;
  /** The staff member importing (the admin import page); the CLI leaves it empty. */
  createdBy?: number | null;
  /** Articles to compare with, shared across a batch (loadDuplicateIndex); loaded afresh when absent. */
  duplicates?: DuplicateIndex;
};
export type ImportResult = {
  id: number;
  status: string;
  path: string;
  created: boolean;
  needsHeadline: boolean;
  /** The existing article a new draft repeats (same words, or a very similar opening). */
  duplicateOf: DuplicateMatch | null;
};

// How far back an import looks for the story it may repeat: the newest articles of any status,
// a few months of a newsroom's output, so the comparison stays bounded on a large archive.
export const DUPLICATE_WINDOW = 5000;

// Fingerprinting thousands of stored articles costs seconds, so the server keeps the index between
// batches and reads only the articles created since (imported or written in the newsroom). Edits
// made since an article was indexed are not seen; the index is rebuilt once it doubles the window.
let kept: { index: DuplicateIndex; newestId: number } | null = null;

/** The newest articles, fingerprinted, for a batch of imports to be compared with. */
export function loadDuplicateIndex(): DuplicateIndex {
  if (!kept || kept.index.size > 2 * DUPLICATE_WINDOW) kept = { index: new DuplicateIndex(), newestId: 0 };
  for (const article of listRecentArticleTexts(DUPLICATE_WINDOW, kept.newestId)) {
    kept.index.add(article.id, article.title, fingerprintText(articleTextOf(article.lead, article.body)));
    kept.newestId = article.id;
  }
  return kept.index;
}

/**
 * Imports one scraped article. Without a headline it stays a draft flagged "needs headline";
 * the same text imported twice returns the first article instead of a copy, and a text that
 * repeats another article's (another byline, small edits) names that article in duplicateOf.
 */
export function importScrapedArticle(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseScrapedArticle(text);
  const existing = findImportedArticle(parsed.sourceHash);
  if (existing) return { ...existing, created: false, needsHeadline: false, duplicateOf: null };

  const sectionId = options.sectionSlug
    ? findSectionId(options.sectionSlug)
    : (listSections()[0]?.id ?? null);
  if (sectionId === null) {
    throw new ImportError(
      options.sectionSlug ? `Không có chuyên mục "${options.sectionSlug}".` : 'Chưa có chuyên mục nào.',
    );
  }
  const title = options.title?.trim();
  if (options.publish && !title) {
    throw new ImportError('Cần --title để đăng ngay: bài nhập chưa có tiêu đề.');
  }

  const duplicates = options.duplicates ?? loadDuplicateIndex();
  const fingerprint = fingerprintText(articleTextOf(parsed.lead, parsed.body));
  const duplicateOf = duplicates.find(fingerprint);
  const created = createArticle({
    title: title || parsed.provisionalTitle,
    lead: parsed.lead,
    body: { type: 'doc', content: parsed.body },
    status: options.publish ? 'published' : 'draft',
    needsHeadline: !title,
    sectionId,
    publishedAt: options.publish ? (options.publishedAt ?? new Date()) : null,
    bylines: parsed.bylines,
    sourceHash: parsed.sourceHash,
    createdBy: options.createdBy ?? null,
  });
  duplicates.add(created.id, title || parsed.provisionalTitle, fingerprint);
  return { ...created, created: true, needsHeadline: !title, duplicateOf };
}

/** What the audit row of an import records: the file, and the article it may repeat (import-notes.ts reads it). */
export function importAuditDetail(file: string, result: ImportResult): Record<string, unknown> {
  const { duplicateOf } = result;
  return duplicateOf
    ? { file, duplicateOf: duplicateOf.id, duplicateKind: duplicateOf.kind, similarity: duplicateOf.similarity }
    : { file };
}
