import type { ArticleBody, BlockNode, InlineNode, ListNode } from './schema';

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

function blockText(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return `${block.attrs.level === 2 ? '## ' : '### '}${inlineText(block.content)}`;
    case 'blockquote':
      return block.content.map((p) => `> ${inlineText(p.content)}`).join('\n');
    case 'figure':
      return `[Ảnh: ${[block.attrs.caption, block.attrs.credit].filter(Boolean).join(' — ')}]`;
    case 'bulletList':
    case 'orderedList':
      return listText(block, 0).join('\n');
  }
}

/** The body as plain text, one block per paragraph: for diffs and for copying a lost version. */
export function bodyToPlainText(body: ArticleBody): string {
  return body.content.map(blockText).filter(Boolean).join('\n\n');
}
