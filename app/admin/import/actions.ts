'use server';

import { z } from 'zod';
import { defineAction, type AuditFields } from '@/lib/actions/define-action';
import { listSections } from '@/lib/data/sections';
import { decodeImportFile } from '@/lib/importer/decode-file';
import { importAuditDetail, importScrapedArticle, loadDuplicateIndex } from '@/lib/importer/import-article';
import type { DuplicateIndex } from '@/lib/importer/near-duplicates';
import { ImportError } from '@/lib/importer/parse-scraped';
import { MAX_FILE_BYTES, MAX_FILES, TOO_LARGE, TOO_MANY, type ImportLine } from './limits';

// The importer's own refusals are already Vietnamese; a body the article schema rejects (say a
// lead paragraph over its length limit) is reported per file instead of failing the batch.
function importErrorMessage(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  if (error instanceof z.ZodError) {
    const field = String(error.issues[0]?.path[0] ?? '');
    return field === 'lead'
      ? 'Đoạn mở đầu quá dài (tối đa 2000 ký tự): hãy tách đoạn trong tệp rồi nhập lại.'
      : `Nội dung không hợp lệ để tạo bài (${field || 'bài viết'}).`;
  }
  throw error;
}

const importSchema = z.object({
  files: z.array(z.instanceof(File)).min(1, 'Hãy chọn ít nhất một tệp .txt.').max(MAX_FILES, TOO_MANY),
  sectionId: z.unknown().optional(),
});

/**
 * Imports a batch of scraped .txt files as drafts flagged "needs headline", through the CLI's
 * importer: legacy encodings converted or refused, a file imported before returns its existing
 * article instead of a copy, and a draft repeating another article names it (in the result and
 * its audit row). Drafts are not public, so no reader cache is touched.
 */
export const importArticlesAction = defineAction({
  permission: 'import:run',
  schema: importSchema,
  input: (formData: FormData) => ({
    files: formData.getAll('files').filter((value) => value instanceof File && value.name !== ''),
    sectionId: formData.get('sectionId'),
  }),
  invalid: (error) => error.issues[0]?.message ?? 'Hãy chọn ít nhất một tệp .txt.',
  run: async ({ user, input: { files, sectionId } }) => {
    const id = Number(sectionId);
    const sectionSlug = Number.isSafeInteger(id) && id > 0 ? (listSections().find((s) => s.id === id)?.slug ?? null) : null;
    if (sectionId && !sectionSlug) return { ok: false, error: 'invalid', message: 'Chuyên mục đã chọn không còn tồn tại.' };

    const lines: ImportLine[] = [];
    const audit: AuditFields[] = [];
    let duplicates: DuplicateIndex | null = null;
    for (const file of files) {
      const name = file.name.slice(0, 200);
      if (file.size > MAX_FILE_BYTES) {
        lines.push({ file: name, ok: false, error: TOO_LARGE });
        continue;
      }
      const decoded = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        lines.push({ file: name, ok: false, error: decoded.error });
        continue;
      }
      try {
        duplicates ??= loadDuplicateIndex();
        const result = importScrapedArticle(decoded.text, { sectionSlug: sectionSlug ?? undefined, createdBy: user.id, duplicates });
        if (result.created) audit.push({ action: 'import.article', targetType: 'article', targetId: result.id, detail: importAuditDetail(name, result) });
        lines.push({
          file: name,
          ok: true,
          id: result.id,
          status: result.status,
          created: result.created,
          needsHeadline: result.needsHeadline,
          encoding: decoded.encoding,
          duplicateOf: result.duplicateOf,
        });
      } catch (error) {
        lines.push({ file: name, ok: false, error: importErrorMessage(error) });
      }
    }
    return { ok: true, value: { lines }, audit };
  },
});
