import { diffArrays } from 'diff';

// The conflict screen's paragraph-by-paragraph comparison: the stored version ("theirs", saved
// by someone else meanwhile) against the writer's unsaved one ("mine"), aligned block by block
// (jsdiff over each block's exact JSON). Runs that differ become hunks the writer settles one
// by one: keep mine, take theirs, or keep both (theirs first).

export type HunkChoice = 'mine' | 'theirs' | 'both';

export type BlockHunk<B> =
  | { kind: 'same'; blocks: B[] }
  | { kind: 'changed'; theirs: B[]; mine: B[] };

const MAX_EDIT_LENGTH = 2_000;

/** Hunks that turn the stored blocks into the writer's, unchanged runs kept whole. */
export function diffBlocks<B>(theirs: readonly B[], mine: readonly B[]): BlockHunk<B>[] {
  const keys = (blocks: readonly B[]) => blocks.map((b) => JSON.stringify(b));
  const changes = diffArrays(keys(theirs), keys(mine), { maxEditLength: MAX_EDIT_LENGTH });
  // Too different to align: one hunk, the whole of each.
  if (!changes) return [{ kind: 'changed', theirs: [...theirs], mine: [...mine] }];
  const hunks: BlockHunk<B>[] = [];
  let t = 0;
  let m = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (!change.added && !change.removed) {
      hunks.push({ kind: 'same', blocks: mine.slice(m, m + count) });
      t += count;
      m += count;
      continue;
    }
    let last = hunks.at(-1);
    if (last?.kind !== 'changed') {
      last = { kind: 'changed', theirs: [], mine: [] };
      hunks.push(last);
    }
    if (change.removed) last.theirs.push(...theirs.slice(t, (t += count)));
    else last.mine.push(...mine.slice(m, (m += count)));
  }
  return hunks.flatMap(pairUp);
}

// Neighbouring paragraphs both edited (one by each writer) differ as one run; when the two
// sides have as many paragraphs, each pair is its own choice.
function pairUp<B>(hunk: BlockHunk<B>): BlockHunk<B>[] {
  if (hunk.kind === 'same' || hunk.theirs.length !== hunk.mine.length || hunk.mine.length < 2) return [hunk];
  return hunk.mine.map((block, i) => ({ kind: 'changed', theirs: [hunk.theirs[i]!], mine: [block] }));
}

/**
 * What a hunk keeps by default: the writer's text, except where only the other editor wrote
 * something (a paragraph they added): that stays, so nothing of theirs goes without a choice.
 */
export function defaultChoice<B>(hunk: Extract<BlockHunk<B>, { kind: 'changed' }>): HunkChoice {
  return hunk.mine.length === 0 ? 'theirs' : 'mine';
}

/** The blocks the writer's choices make; a missing choice is the default. */
export function mergeBlocks<B>(hunks: readonly BlockHunk<B>[], choices: ReadonlyMap<number, HunkChoice>): B[] {
  return hunks.flatMap((hunk, i) => {
    if (hunk.kind === 'same') return hunk.blocks;
    const choice = choices.get(i) ?? defaultChoice(hunk);
    return choice === 'mine' ? hunk.mine : choice === 'theirs' ? hunk.theirs : [...hunk.theirs, ...hunk.mine];
  });
}

/** The stored blocks a result leaves out: what saving it removes from the stored (maybe live) version. */
export function removedBlocks<B>(hunks: readonly BlockHunk<B>[], choices: ReadonlyMap<number, HunkChoice>): B[] {
  return hunks.flatMap((hunk, i) =>
    hunk.kind === 'changed' && (choices.get(i) ?? defaultChoice(hunk)) === 'mine' ? hunk.theirs : [],
  );
}
