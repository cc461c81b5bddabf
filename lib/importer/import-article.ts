import 'server-only';
import { createArticle, findImportedArticle } from '@/lib/data/articles/create';
import { findSectionId, listSections } from '@/lib/data/sections';
import { ImportError, parseScrapedArticle } from './parse-scraped';

export type ImportOptions = {
  title?: string;
  sectionSlug?: string;
  publish?: boolean;
  publishedAt?: Date;
  /** The staff member importing (the admin import page); the CLI leaves it empty. */
  createdBy?: number | null;
};
export type ImportResult = { id: number; status: string; path: string; created: boolean; needsHeadline: boolean };

/**
 * Imports one scraped article. Without a headline it stays a draft flagged "needs headline";
 * the same text imported twice returns the first article instead of a copy.
 */
export function importScrapedArticle(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseScrapedArticle(text);
  const existing = findImportedArticle(parsed.sourceHash);
  if (existing) return { ...existing, created: false, needsHeadline: false };

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
  return { ...created, created: true, needsHeadline: !title };
}
