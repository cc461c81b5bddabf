import { z } from 'zod';
import { EMBED_PROVIDERS, EMBED_THUMBNAIL_PATH, parseEmbedUrl } from './embeds';
import { findBodyLimitProblem, MAX_GALLERY_PHOTOS, MAX_TABLE_COLUMNS } from './limits';

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

// Tiptap's table shape. A header row is the first row made of tableHeader cells; the readers'
// table gives each of them scope="col". Cells hold paragraphs only, never merged (no spans).
const tableCellSchema = z.object({
  type: z.enum(['tableCell', 'tableHeader']),
  content: z.array(paragraphSchema).min(1).max(20),
});
const tableRowSchema = z.object({
  type: z.literal('tableRow'),
  content: z.array(tableCellSchema).min(1).max(MAX_TABLE_COLUMNS),
});
const tableSchema = z
  .object({
    type: z.literal('table'),
    attrs: z.object({ caption: z.string().max(500) }),
    content: z.array(tableRowSchema).min(1).max(500),
  })
  .superRefine((table, ctx) => {
    const width = table.content[0]!.content.length;
    if (table.content.some((row) => row.content.length !== width)) {
      ctx.addIssue({ code: 'custom', message: 'Mọi hàng của bảng phải có cùng số cột.' });
    }
    const header = (cell: { type: string }) => cell.type === 'tableHeader';
    const [first, ...rest] = table.content;
    const mixedFirst = first!.content.some(header) && !first!.content.every(header);
    if (mixedFirst || rest.some((row) => row.content.some(header))) {
      ctx.addIssue({ code: 'custom', message: 'Chỉ hàng đầu của bảng được là hàng tiêu đề, và cả hàng.' });
    }
  });
const gallerySchema = z.object({
  type: z.literal('gallery'),
  content: z.array(figureSchema).min(1).max(MAX_GALLERY_PHOTOS),
});
const embedSchema = z
  .object({
    type: z.literal('embed'),
    attrs: z.object({
      provider: z.enum(EMBED_PROVIDERS),
      url: z.string().max(2048),
      title: z.string().max(300),
      thumbnail: z.string().regex(EMBED_THUMBNAIL_PATH).nullable().optional(),
    }),
  })
  .refine((node) => {
    const parsed = parseEmbedUrl(node.attrs.url);
    return parsed !== null && parsed.provider === node.attrs.provider && parsed.url === node.attrs.url;
  }, 'Địa chỉ nhúng không hợp lệ.');
const pullQuoteSchema = z.object({
  type: z.literal('pullQuote'),
  attrs: z.object({ attribution: z.string().max(300) }),
  content: z.array(paragraphSchema).min(1).max(10),
});
const infoBoxSchema = z.object({
  type: z.literal('infoBox'),
  attrs: z.object({ title: z.string().max(200) }),
  content: z.array(z.union([paragraphSchema, listSchema])).min(1).max(50),
});

export type TableNode = z.infer<typeof tableSchema>;
export type GalleryNode = z.infer<typeof gallerySchema>;
export type EmbedNode = z.infer<typeof embedSchema>;
export type PullQuoteNode = z.infer<typeof pullQuoteSchema>;
export type InfoBoxNode = z.infer<typeof infoBoxSchema>;

const blockSchema = z.union([
  paragraphSchema,
  headingSchema,
  blockquoteSchema,
  figureSchema,
  listSchema,
  tableSchema,
  gallerySchema,
  embedSchema,
  pullQuoteSchema,
  infoBoxSchema,
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

/** Every library photo the body shows: its own figures and its galleries' (in reading order). */
export function bodyPhotoIds(body: ArticleBody): number[] {
  return body.content.flatMap((block) => {
    const figures = block.type === 'figure' ? [block] : block.type === 'gallery' ? block.content : [];
    return figures.flatMap((f) => (f.attrs.mediaId === null ? [] : [f.attrs.mediaId]));
  });
}

/** A figure; mediaId null is a photo the source lost, shown as a captioned placeholder. */
export function figure(caption: string, credit = '', mediaId: number | null = null): FigureNode {
  return { type: 'figure', attrs: { mediaId, caption, credit } };
}
