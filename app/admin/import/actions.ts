'use server';

import { z } from 'zod';
import { guardAction } from '@/lib/auth/action-guard';
import { requestIp } from '@/lib/auth/request-ip';
import { recordAudit } from '@/lib/data/audit';
import { listSections } from '@/lib/data/sections';
import { importScrapedArticle } from '@/lib/importer/import-article';
import { ImportError } from '@/lib/importer/parse-scraped';
import { decodeUploadedText } from './decode-text';
import { MAX_FILE_BYTES, MAX_FILES, TOO_LARGE, TOO_MANY, type ImportLine, type ImportOutcome } from './limits';

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

/**
 * Imports a batch of scraped .txt files as drafts flagged "needs headline", through the CLI's
 * importer; a file imported before returns its existing article instead of a copy. Drafts are
 * not public, so no reader cache is touched.
 */
export async function importArticlesAction(formData: FormData): Promise<ImportOutcome> {
  const guard = await guardAction('import:run');
  if (!guard.ok) return { ok: false, message: guard.message };
  const files = formData.getAll('files').filter((value): value is File => value instanceof File && value.name !== '');
  if (files.length === 0) return { ok: false, message: 'Hãy chọn ít nhất một tệp .txt.' };
  if (files.length > MAX_FILES) return { ok: false, message: TOO_MANY };
  const sectionId = Number(formData.get('sectionId'));
  const sectionSlug = Number.isSafeInteger(sectionId) && sectionId > 0 ? (listSections().find((s) => s.id === sectionId)?.slug ?? null) : null;
  if (formData.get('sectionId') && !sectionSlug) return { ok: false, message: 'Chuyên mục đã chọn không còn tồn tại.' };

  const ip = await requestIp();
  const lines: ImportLine[] = [];
  for (const file of files) {
    const name = file.name.slice(0, 200);
    if (file.size > MAX_FILE_BYTES) {
      lines.push({ file: name, ok: false, error: TOO_LARGE });
      continue;
    }
    const decoded = decodeUploadedText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      lines.push({ file: name, ok: false, error: decoded.error });
      continue;
    }
    try {
      const result = importScrapedArticle(decoded.text, { sectionSlug: sectionSlug ?? undefined, createdBy: guard.user.id });
      if (result.created) {
        recordAudit({ actor: guard.user, action: 'import.article', targetType: 'article', targetId: result.id, detail: { file: name }, ip });
      }
      lines.push({ file: name, ok: true, id: result.id, status: result.status, created: result.created, needsHeadline: result.needsHeadline });
    } catch (error) {
      lines.push({ file: name, ok: false, error: importErrorMessage(error) });
    }
  }
  return { ok: true, lines };
}
