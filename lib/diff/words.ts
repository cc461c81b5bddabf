// A word-level diff for revision views: longest common subsequence over words, after trimming
// the common head and tail (edits are usually local, so the table stays small).

export type DiffPart = { op: 'same' | 'add' | 'del'; text: string };

const MAX_CELLS = 4_000_000;

// A word keeps its trailing space, so lone spaces never count as common ground between two
// rewritten phrases (which would shred the diff into single words).
function tokenize(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string) {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else if (text) parts.push({ op, text });
}

/** Parts that turn `before` into `after`: unchanged, added and deleted runs of words. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);

  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    // Too different to align cheaply: show it as a replacement rather than spend seconds.
    push(parts, 'del', midA.join(''));
    push(parts, 'add', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    const table = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] =
          midA[i] === midB[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(parts, 'same', midA[i]!);
        i++;
        j++;
      } else if (j < m && (i === n || at(i, j + 1) > at(i + 1, j))) push(parts, 'add', midB[j++]!);
      else push(parts, 'del', midA[i++]!);
    }
  }
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}

/** Whether a diff changes anything. */
export const hasChanges = (parts: DiffPart[]) => parts.some((p) => p.op !== 'same');
