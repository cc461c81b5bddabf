import { z } from 'zod';
import { findBodyLimitProblem } from './limits';

// The article body is a ProseMirror-shaped document restricted to what a newspaper prints.
// Tiptap emits this shape, and the public renderer maps each node to one React element, so no
// stored HTML or attribute ever reaches a page unvetted.

const MAX_TEXT = 20_000;

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({
    type: z.literal('link'),
    // Only the shape: saving refuses an unsafe target (parse.ts) and rendering checks it again
    // (app/ui/article-body.tsx), so an old stored link that fails today's check shows as text.
    attrs: z.object({ href: z.string().max(2048) }),
  }),
]);

const textSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(MAX_TEXT),
  marks: z.array(markSchema).max(3).optional(),
});
const hardBreakSchema = z.object({ type: z.literal('hardBreak') });
const inlineSchema = z.discriminatedUnion('type', [textSchema, hardBreakSchema]);

const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  content: z.array(inlineSchema).max(500).optional(),
});
const headingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inlineSchema).max(100).optional(),
});
const blockquoteSchema = z.object({
  type: z.literal('blockquote'),
  content: z.array(paragraphSchema).min(1).max(20),
});
const figureSchema = z.object({
  type: z.literal('figure'),
  attrs: z.object({
    mediaId: z.number().int().positive().nullable(),
    caption: z.string().max(1000),
    credit: z.string().max(200),
  }),
});

export type InlineNode = z.infer<typeof inlineSchema>;
export type ParagraphNode = z.infer<typeof paragraphSchema>;
export type FigureNode = z.infer<typeof figureSchema>;
export type ListItemNode = { type: 'listItem'; content: (ParagraphNode | ListNode)[] };
export type ListNode = { type: 'bulletList' | 'orderedList'; content: ListItemNode[] };

const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({
    type: z.literal('listItem'),
    content: z.array(z.union([paragraphSchema, listSchema])).min(1).max(20),
  }),
);
const listSchema: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.enum(['bulletList', 'orderedList']),
    content: z.array(listItemSchema).min(1).max(200),
  }),
);

const blockSchema = z.union([
  paragraphSchema,
  headingSchema,
  blockquoteSchema,
  figureSchema,
  listSchema,
]);

const docSchema = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema).max(2000),
});

/**
 * A body document. The structural limits (./limits.ts) are checked first, without recursion, so a
 * document nested thousands deep is refused before zod's recursive parse could overflow the stack.
 */
const checkedDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = findBodyLimitProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { limit: problem.limit } });
  })
  .pipe(docSchema);
// Typed by the document it accepts (not `unknown`), so callers that build bodies stay type-checked.
export const articleBodySchema = checkedDocSchema as unknown as z.ZodType<
  z.output<typeof docSchema>,
  z.input<typeof docSchema>
>;

export type ArticleBody = z.infer<typeof docSchema>;
export type BlockNode = ArticleBody['content'][number];

/** A paragraph node holding plain text. */
export function paragraph(text: string): ParagraphNode {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

/** A figure; mediaId null is a photo the source lost, shown as a captioned placeholder. */
export function figure(caption: string, credit = '', mediaId: number | null = null): FigureNode {
  return { type: 'figure', attrs: { mediaId, caption, credit } };
}
