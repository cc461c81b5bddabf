import { z } from 'zod';
import { BYLINE_ROLES } from '@/db/schema';
import { parseArticleBody } from '@/lib/article-body/parse';
import type { ArticleBody } from '@/lib/article-body/schema';
import { normalizeText } from '@/lib/vi/text';

// The editable state of an article: what the editor sends, what autosaves and revisions store,
// and what a conflict screen shows. One shape, so nothing the editor holds can be dropped.

const nfc = (max: number) => z.string().transform(normalizeText).pipe(z.string().max(max));

export const articleSnapshotSchema = z.object({
  title: nfc(300),
  slug: z.string().max(200),
  lead: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(2000)),
  body: z.unknown().transform((value, ctx): ArticleBody => {
    const parsed = parseArticleBody(value);
    if (parsed.ok) return parsed.body;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }),
  sectionId: z.number().int().positive({ message: 'Chọn chuyên mục' }),
  coverMediaId: z.number().int().positive().nullable(),
  tags: z.array(nfc(80).pipe(z.string().min(1))).max(20, 'Tối đa 20 chủ đề'),
  bylines: z
    .array(
      z.object({
        role: z.enum(BYLINE_ROLES),
        label: nfc(60),
        name: nfc(120).pipe(z.string().min(1)),
      }),
    )
    .max(10),
  seoTitle: nfc(300),
  seoDescription: nfc(500),
});

export type ArticleSnapshot = z.output<typeof articleSnapshotSchema>;

/** A stored snapshot read back; older or damaged ones fail validation and are reported as such. */
export function readSnapshot(value: unknown): ArticleSnapshot | null {
  const parsed = articleSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
