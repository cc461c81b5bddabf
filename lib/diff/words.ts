import { diffArrays } from 'diff';

// A word-level diff for revision views and the conflict screen, computed by jsdiff over our own
// word tokens (see tokenize) so the parts keep the text's exact spacing.

export type DiffPart = { op: 'same' | 'add' | 'del'; text: string };

// Past this many word edits the texts are too different to align usefully, and jsdiff's cost
// grows with the edit count (about half a second at this limit on a busy server).
const MAX_EDIT_LENGTH = 1_000;

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
  const changes = diffArrays(tokenize(before), tokenize(after), { maxEditLength: MAX_EDIT_LENGTH });
  const parts: DiffPart[] = [];
  if (!changes) {
    // Too different to align cheaply: show it as a replacement rather than spend seconds.
    push(parts, 'del', before);
    push(parts, 'add', after);
    return parts;
  }
  for (const change of changes)
    push(parts, change.added ? 'add' : change.removed ? 'del' : 'same', change.value.join(''));
  return parts;
}

/** Whether a diff changes anything. */
export const hasChanges = (parts: DiffPart[]) => parts.some((p) => p.op !== 'same');
