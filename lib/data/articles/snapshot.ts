import { z } from 'zod';
import { BYLINE_ROLES } from '@/lib/domain/byline-roles';
import { parseArticleBody } from '@/lib/article-body/parse';
import type { ArticleBody } from '@/lib/article-body/schema';
import { normalizeText } from '@/lib/vi/text';
import { ARTICLE_FIELD_LIMITS as LIMITS } from './limits';

// The editable state of an article: what the editor sends, what creating an article takes, what
// autosaves and revisions store, and what a conflict screen shows. One shape with one set of
// limits, so nothing the editor holds can be dropped and no path accepts what another refuses.

const nfc = (max: number) => z.string().transform(normalizeText).pipe(z.string().max(max));

export const articleSnapshotSchema = z.object({
  title: nfc(LIMITS.title),
  slug: z.string().max(LIMITS.slug),
  lead: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(LIMITS.lead)),
  body: z.unknown().transform((value, ctx): ArticleBody => {
    const parsed = parseArticleBody(value);
    if (parsed.ok) return parsed.body;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }),
  sectionId: z.number().int().positive({ message: 'Chọn chuyên mục' }),
  coverMediaId: z.number().int().positive().nullable(),
  tags: z.array(nfc(LIMITS.tagName).pipe(z.string().min(1))).max(LIMITS.tags, `Tối đa ${LIMITS.tags} chủ đề`),
  bylines: z
    .array(
      z.object({
        role: z.enum(BYLINE_ROLES),
        label: nfc(LIMITS.bylineLabel),
        name: nfc(LIMITS.bylineName).pipe(z.string().min(1)),
      }),
    )
    .max(LIMITS.bylines),
  seoTitle: nfc(LIMITS.seoTitle),
  seoDescription: nfc(LIMITS.seoDescription),
});

export type ArticleSnapshot = z.output<typeof articleSnapshotSchema>;

/** A stored snapshot read back; older or damaged ones fail validation and are reported as such. */
export function readSnapshot(value: unknown): ArticleSnapshot | null {
  const parsed = articleSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
