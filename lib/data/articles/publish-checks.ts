import { findBodyLimitProblem } from '@/lib/article-body/limits';

// What must be right before an article goes live (Xuất bản, Cập nhật, Hẹn giờ). Pure, so the
// Server Actions and the editor's pre-publish panel apply the very same rules: the server decides,
// the panel shows the same list before the writer asks. Facts only the database knows (the
// importer's provisional headline, photos' alt text, possible duplicates) come in as arguments.
//
// Blocking problems cannot be overridden. Warnings may be, but only by confirming exactly the
// warnings the server finds, so a confirmation never covers a problem the writer did not see.

export const PUBLISH_BLOCKERS = ['no-headline', 'provisional-headline', 'no-section', 'empty-photo', 'empty-block', 'missing-alt', 'body-limits'] as const;
export const PUBLISH_WARNINGS = ['no-byline', 'no-cover', 'long-headline', 'no-lead', 'possible-duplicate'] as const;
export type PublishBlocker = (typeof PUBLISH_BLOCKERS)[number];
export type PublishWarning = (typeof PUBLISH_WARNINGS)[number];

/** One finding, told in Vietnamese. */
export type PublishCheck<Code extends string> = { code: Code; message: string };
export type PublishChecks = { blocking: PublishCheck<PublishBlocker>[]; warnings: PublishCheck<PublishWarning>[] };

/** A headline longer than this is cut off in listings and search results. */
export const HEADLINE_SOFT_LIMIT = 100;

/** What the checks read of an article: its editable state, loosely typed so the editor's form fits. */
export type CheckedArticle = {
  title: string;
  lead: string;
  body: unknown;
  sectionId: number | null;
  coverMediaId: number | null;
  bylines: readonly { name: string }[];
};

/** What only the database knows. */
export type PublishCheckFacts = {
  /** The importer's provisional headline while the article still carries it (needs_headline), else null. */
  provisionalTitle: string | null;
  /** Library photos the body or cover shows that have no alt text. */
  photosMissingAlt: readonly { id: number; caption: string }[];
  /** Other articles with the same normalised headline or body. */
  duplicates: readonly { id: number; title: string }[];
};

export const NO_FACTS: PublishCheckFacts = { provisionalTitle: null, photosMissingAlt: [], duplicates: [] };

const sameText = (a: string, b: string) => a.normalize('NFC').trim().replace(/\s+/g, ' ') === b.normalize('NFC').trim().replace(/\s+/g, ' ');

/** Photo blocks with no library photo chosen; an explicit stack, as stored bodies may nest deeply. */
export function countEmptyPhotoBlocks(body: unknown): number {
  let empty = 0;
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { type, attrs, content } = node as { type?: unknown; attrs?: { mediaId?: unknown }; content?: unknown };
    if (type === 'figure' && (typeof attrs?.mediaId !== 'number' || attrs.mediaId <= 0)) empty += 1;
    if (Array.isArray(content)) stack.push(...content);
  }
  return empty;
}

/** Figures without a photo inside galleries: a gallery still being filled is as unready as an empty photo block. */
function countEmptyGalleryPhotos(body: unknown): number {
  const blocks = (body as { content?: unknown } | null)?.content;
  if (!Array.isArray(blocks)) return 0;
  return blocks
    .filter((block) => (block as { type?: unknown } | null)?.type === 'gallery')
    .reduce((sum: number, gallery) => sum + countEmptyPhotoBlocks(gallery), 0);
}

const BLOCK_NAMES: Record<string, string> = { table: 'bảng', pullQuote: 'trích dẫn nổi bật', infoBox: 'hộp thông tin' };

/** Text anywhere under a node (a table's cells, a quote's paragraphs). */
function hasText(node: unknown): boolean {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as { type?: unknown; text?: unknown; content?: unknown } | null;
    if (typeof current !== 'object' || current === null) continue;
    if (current.type === 'text' && typeof current.text === 'string' && current.text.trim()) return true;
    if (Array.isArray(current.content)) stack.push(...current.content);
  }
  return false;
}

/** Top-level tables, pull quotes and info boxes without a word in them, named by kind and position. */
export function listEmptyBlocks(body: unknown): string[] {
  const blocks = (body as { content?: unknown } | null)?.content;
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block, index) => {
    const name = BLOCK_NAMES[String((block as { type?: unknown } | null)?.type)];
    return name && !hasText(block) ? [`${name} (khối thứ ${index + 1})`] : [];
  });
}

const quoted = (items: readonly { id: number; title?: string; caption?: string }[]) =>
  items.map((item) => `#${item.id}${item.title || item.caption ? ` (“${item.title || item.caption}”)` : ''}`).join(', ');

/** Every blocking problem and warning of an article about to go live. */
export function checkBeforePublish(article: CheckedArticle, facts: PublishCheckFacts): PublishChecks {
  const blocking: PublishChecks['blocking'] = [];
  const warnings: PublishChecks['warnings'] = [];
  const title = article.title.trim();

  if (!title) blocking.push({ code: 'no-headline', message: 'Bài chưa có tiêu đề.' });
  else if (facts.provisionalTitle !== null && sameText(title, facts.provisionalTitle)) {
    blocking.push({ code: 'provisional-headline', message: 'Tiêu đề vẫn là tiêu đề tạm do máy đặt khi nhập bài: hãy viết tiêu đề.' });
  }
  if (!article.sectionId || article.sectionId <= 0) blocking.push({ code: 'no-section', message: 'Bài chưa có chuyên mục.' });
  const empty = countEmptyPhotoBlocks(article.body);
  if (empty > 0) {
    const inGalleries = countEmptyGalleryPhotos(article.body);
    const where = inGalleries > 0 ? ` (${inGalleries} trong bộ ảnh)` : '';
    blocking.push({ code: 'empty-photo', message: `${empty} khối ảnh chưa chọn ảnh${where}: chọn ảnh từ thư viện hoặc xóa khối ảnh.` });
  }
  const emptyBlocks = listEmptyBlocks(article.body);
  if (emptyBlocks.length > 0) {
    blocking.push({ code: 'empty-block', message: `Khối chưa có nội dung: ${emptyBlocks.join(', ')}. Nhập nội dung hoặc xóa khối.` });
  }
  if (facts.photosMissingAlt.length > 0) {
    blocking.push({
      code: 'missing-alt',
      message: `Ảnh ${quoted(facts.photosMissingAlt)} chưa có mô tả thay thế (alt): nhập mô tả trong thư viện ảnh.`,
    });
  }
  const limit = findBodyLimitProblem(article.body);
  if (limit) blocking.push({ code: 'body-limits', message: limit.message });

  if (article.bylines.every((byline) => !byline.name.trim())) warnings.push({ code: 'no-byline', message: 'Bài chưa có tên tác giả.' });
  if (!article.coverMediaId) warnings.push({ code: 'no-cover', message: 'Bài chưa có ảnh đại diện.' });
  if (title.length > HEADLINE_SOFT_LIMIT) {
    warnings.push({ code: 'long-headline', message: `Tiêu đề dài ${title.length} ký tự (nên dưới ${HEADLINE_SOFT_LIMIT}).` });
  }
  if (!article.lead.trim()) warnings.push({ code: 'no-lead', message: 'Bài chưa có sa-pô.' });
  if (facts.duplicates.length > 0) {
    warnings.push({ code: 'possible-duplicate', message: `Có thể trùng với bài ${quoted(facts.duplicates)}.` });
  }
  return { blocking, warnings };
}

/**
 * Why the article may not go live with these confirmations, naming each problem, or null. The
 * confirmed warnings must be exactly those found: a stale confirmation covers nothing.
 */
export function publishRefusal(checks: PublishChecks, confirmed: readonly string[]): string | null {
  if (checks.blocking.length > 0) {
    return `Chưa thể đăng bài: ${checks.blocking.map((problem) => problem.message).join(' ')}`;
  }
  const found = checks.warnings.map((warning) => warning.code);
  if (found.length === 0) return null;
  const exact = found.length === new Set(confirmed).size && found.every((code) => confirmed.includes(code));
  if (exact) return null;
  return `Cần xác nhận trước khi đăng: ${checks.warnings.map((warning) => warning.message).join(' ')}`;
}
