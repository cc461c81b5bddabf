import { diffWords } from '@/lib/diff/words';

/** A word diff as text with insertions and deletions marked (ins/del, readable without colour). */
export function DiffText({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  if (!parts.some((p) => p.op !== 'same')) return <p>Không có khác biệt về chữ.</p>;
  return (
    <div className="diff-text" style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'add' ? (
          <ins key={i} style={{ background: '#d8f5d8' }}>
            {part.text}
          </ins>
        ) : (
          <del key={i} style={{ background: '#fbdada' }}>
            {part.text}
          </del>
        ),
      )}
    </div>
  );
}
