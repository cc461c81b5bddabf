import { EMBED_PROVIDER_NAMES } from './embeds';
import type { ArticleBody, BlockNode, FigureNode, InlineNode, ListNode, ParagraphNode } from './schema';

const inlineText = (nodes: InlineNode[] | undefined) =>
  (nodes ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');

function listText(list: ListNode, depth: number): string[] {
  return list.content.flatMap((item, i) =>
    item.content.flatMap((child, j) =>
      child.type === 'paragraph'
        ? [
            `${'  '.repeat(depth)}${j === 0 ? (list.type === 'orderedList' ? `${i + 1}. ` : '• ') : '  '}${inlineText(child.content)}`,
          ]
        : listText(child, depth + 1),
    ),
  );
}

const figureText = (figure: FigureNode) =>
  `[Ảnh: ${[figure.attrs.caption, figure.attrs.credit].filter(Boolean).join(' — ')}]`;
const paragraphsText = (paragraphs: ParagraphNode[], separator: string) =>
  paragraphs.map((p) => inlineText(p.content)).join(separator);

function blockText(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return `${block.attrs.level === 2 ? '## ' : '### '}${inlineText(block.content)}`;
    case 'blockquote':
      return block.content.map((p) => `> ${inlineText(p.content)}`).join('\n');
    case 'figure':
      return figureText(block);
    case 'gallery':
      return block.content.map(figureText).join('\n');
    case 'table':
      return [
        block.attrs.caption && `[Bảng: ${block.attrs.caption}]`,
        ...block.content.map((row) => row.content.map((cell) => paragraphsText(cell.content, ' ')).join(' | ')),
      ]
        .filter(Boolean)
        .join('\n');
    case 'embed':
      return `[${EMBED_PROVIDER_NAMES[block.attrs.provider]}: ${[block.attrs.title, block.attrs.url].filter(Boolean).join(' — ')}]`;
    case 'pullQuote':
      return `“${paragraphsText(block.content, '\n')}”${block.attrs.attribution ? ` — ${block.attrs.attribution}` : ''}`;
    case 'infoBox':
      return [
        `[Hộp thông tin${block.attrs.title ? `: ${block.attrs.title}` : ''}]`,
        ...block.content.map((child) => (child.type === 'paragraph' ? inlineText(child.content) : listText(child, 0).join('\n'))),
      ].join('\n');
    case 'bulletList':
    case 'orderedList':
      return listText(block, 0).join('\n');
  }
}

/** The body as plain text, one block per paragraph: for diffs and for copying a lost version. */
export function bodyToPlainText(body: ArticleBody): string {
  return body.content.map(blockText).filter(Boolean).join('\n\n');
}
