import { safeLink } from '@/lib/security/safe-link';
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
