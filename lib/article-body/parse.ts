import { safeLink } from '@/lib/security/safe-link';
import { EMBED_URL_MESSAGE } from './embeds';
import { MAX_GALLERY_PHOTOS, MAX_TABLE_COLUMNS } from './limits';
import { articleBodySchema, type ArticleBody } from './schema';
import { collectHrefs, sanitizeArticleBody } from './sanitize';

export type BodyParseResult = { ok: true; body: ArticleBody } | { ok: false; message: string };

/** Reduces untrusted input to the allowed structure, then validates it; unsafe links are refused. */
export function parseArticleBody(input: unknown): BodyParseResult {
  const sanitized = sanitizeArticleBody(input);
  if (!sanitized.ok) return { ok: false, message: sanitized.problem.message };
  const cleaned = sanitized.doc;
  const unsafe = collectHrefs(cleaned).find((href) => safeLink(href) === null);
  if (unsafe !== undefined) {
    return {
      ok: false,
      message: `Liên kết không được phép: “${unsafe.slice(0, 80)}”. Chỉ dùng liên kết http(s), mailto, tel hoặc đường dẫn trong trang (bắt đầu bằng một dấu /), không có khoảng trắng hay dấu \\.`,
    };
  }
  const blockProblem = findBlockProblem(cleaned.content);
  if (blockProblem) return { ok: false, message: blockProblem };
  const parsed = articleBodySchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Nội dung bài không hợp lệ (${issue?.path.join('.') ?? ''}): ${issue?.message ?? ''}`,
    };
  }
  return { ok: true, body: parsed.data };
}

type CleanBlock = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown[] };

/** The writer's own words for a block the schema would refuse with a bare path. */
function findBlockProblem(blocks: CleanBlock[]): string | null {
  for (const [index, block] of blocks.entries()) {
    const where = `Khối thứ ${index + 1}`;
    const content = block.content ?? [];
    if (block.type === 'embed' && !block.attrs?.provider) {
      const url = String(block.attrs?.url ?? '');
      return url
        ? `${where}: không nhúng được “${url.slice(0, 80)}”. ${EMBED_URL_MESSAGE}`
        : `${where}: khối nhúng chưa có địa chỉ.`;
    }
    if (block.type === 'table') {
      const columns = ((content[0] as CleanBlock | undefined)?.content ?? []).length;
      if (columns > MAX_TABLE_COLUMNS) return `${where}: bảng có ${columns} cột, tối đa ${MAX_TABLE_COLUMNS} cột.`;
    }
    if (block.type === 'gallery' && content.length > MAX_GALLERY_PHOTOS) {
      return `${where}: bộ ảnh có ${content.length} ảnh, tối đa ${MAX_GALLERY_PHOTOS} ảnh.`;
    }
  }
  return null;
}
