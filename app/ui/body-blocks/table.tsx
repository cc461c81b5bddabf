import type { ReactNode } from 'react';
import type { TableNode } from '@/lib/article-body/schema';

type Props = { node: TableNode; id: string; renderCell: (paragraphs: TableNode['content'][number]['content'][number]['content']) => ReactNode };

/**
 * A body table. On a phone a wide table scrolls inside its own box (focusable, so the keyboard
 * scrolls it too) with shadows at the edges that still hide columns; the page never scrolls sideways.
 */
export function BodyTable({ node, id, renderCell }: Props) {
  const [first, ...rest] = node.content;
  const headerRow = first!.content.every((cell) => cell.type === 'tableHeader');
  const bodyRows = headerRow ? rest : node.content;
  const caption = node.attrs.caption.trim();
  const captionId = `${id}-chu-thich`;
  return (
    <div
      className="table-scroll"
      role="region"
      tabIndex={0}
      {...(caption ? { 'aria-labelledby': captionId } : { 'aria-label': 'Bảng' })}
    >
      <table className="body-table">
        {caption && <caption id={captionId}>{caption}</caption>}
        {headerRow && (
          <thead>
            <tr>
              {first!.content.map((cell, i) => (
                <th key={i} scope="col">
                  {renderCell(cell.content)}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {bodyRows.map((row, r) => (
            <tr key={r}>
              {row.content.map((cell, c) => (
                <td key={c}>{renderCell(cell.content)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
