import { diffArrays } from 'diff';
import { diff3MergeRegions } from 'node-diff3';

// The conflict screen's paragraph-by-paragraph comparison: the stored version ("theirs", saved
// by someone else meanwhile) and the writer's unsaved one ("mine"), each against the version
// the writer started from ("base"), aligned block by block over each block's exact JSON
// (node-diff3). A run only one side changed is merged as that side has it; only runs both
// changed differently are hunks the writer settles one by one: keep mine, take theirs, or keep
// both (theirs first). Without a base, every difference is such a hunk (jsdiff, two-way).

export type HunkChoice = 'mine' | 'theirs' | 'both';

export type BlockHunk<B> =
  | { kind: 'same'; blocks: B[] }
  /** Changed on one side only (or on both alike): taken as changed, no question asked. */
  | { kind: 'merged'; by: 'mine' | 'theirs' | 'both'; blocks: B[]; base: B[] }
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

/**
 * Hunks that merge the writer's blocks and the stored ones against their common base: runs
 * changed on one side are merged, runs changed on both sides differently are left to the writer.
 */
export function mergeAgainstBase<B>(base: readonly B[], theirs: readonly B[], mine: readonly B[]): BlockHunk<B>[] {
  const key = (b: B) => JSON.stringify(b);
  const sameAs = (x: readonly B[], y: readonly B[]) => x.length === y.length && x.every((b, i) => key(b) === key(y[i]!));
  const hunks: BlockHunk<B>[] = [];
  // node-diff3 reports a run one side changed by that side's blocks alone, and a run one side
  // only deleted not at all: the base blocks it skips over are what that side replaced or removed.
  let o = 0;
  let m = 0;
  let pending: Extract<BlockHunk<B>, { kind: 'merged' }> | null = null;
  const settle = (to: number) => {
    const skipped = base.slice(o, to);
    o = to;
    if (pending) {
      pending.base = skipped;
      if (pending.by === 'theirs') m += skipped.length;
    } else if (skipped.length) {
      // Removed by one side, kept unchanged by the other: whoever no longer has them removed them.
      const mineKept = sameAs(mine.slice(m, m + skipped.length), skipped);
      hunks.push({ kind: 'merged', by: mineKept ? 'theirs' : 'mine', blocks: [], base: skipped });
      if (mineKept) m += skipped.length;
    }
    pending = null;
  };
  for (const region of diff3MergeRegions(mine.map(key), base.map(key), theirs.map(key))) {
    if (region.stable && region.buffer !== 'o') {
      const side = region.buffer === 'a' ? mine : theirs;
      const blocks = side.slice(region.bufferStart, region.bufferStart + region.bufferLength);
      pending = { kind: 'merged', by: region.buffer === 'a' ? 'mine' : 'theirs', blocks, base: [] };
      hunks.push(pending);
      if (region.buffer === 'a') m = region.bufferStart + blocks.length;
      continue;
    }
    if (region.stable) {
      settle(region.bufferStart);
      hunks.push({ kind: 'same', blocks: base.slice(region.bufferStart, region.bufferStart + region.bufferLength) });
      o += region.bufferLength;
      m += region.bufferLength;
      continue;
    }
    settle(region.oStart);
    const ours = mine.slice(region.aStart, region.aStart + region.aLength);
    const other = theirs.slice(region.bStart, region.bStart + region.bLength);
    const was = base.slice(region.oStart, region.oStart + region.oLength);
    o = region.oStart + region.oLength;
    m = region.aStart + region.aLength;
    // diff3 counts neighbouring changes as one conflict; paragraph for paragraph, one edited by
    // each side is no conflict at all.
    const aligned = ours.length === was.length && other.length === was.length && was.length > 1;
    const runs: [B[], B[], B[]][] = aligned ? was.map((b, i) => [[ours[i]!], [b], [other[i]!]]) : [[ours, was, other]];
    for (const [mineRun, baseRun, theirRun] of runs) {
      if (sameAs(mineRun, theirRun)) hunks.push({ kind: 'merged', by: 'both', blocks: mineRun, base: baseRun });
      else if (sameAs(mineRun, baseRun)) hunks.push({ kind: 'merged', by: 'theirs', blocks: theirRun, base: baseRun });
      else if (sameAs(theirRun, baseRun)) hunks.push({ kind: 'merged', by: 'mine', blocks: mineRun, base: baseRun });
      else hunks.push({ kind: 'changed', theirs: theirRun, mine: mineRun });
    }
  }
  settle(base.length);
  return hunks.flatMap(pairUp);
}

/** A headline or lead merged the same way: one side's change is taken, a change on both is the writer's call (null). */
export function mergeField(base: string, theirs: string, mine: string): string | null {
  if (theirs === mine || theirs === base) return mine;
  if (mine === base) return theirs;
  return null;
}

// Neighbouring paragraphs both edited (one by each writer, or both alike next to a true
// conflict) differ as one run; when the two sides have as many paragraphs, each pair is its own
// choice, and a pair both sides wrote alike is no choice at all.
function pairUp<B>(hunk: BlockHunk<B>): BlockHunk<B>[] {
  if (hunk.kind !== 'changed' || hunk.theirs.length !== hunk.mine.length || hunk.mine.length < 2) return [hunk];
  return hunk.mine.map((block, i): BlockHunk<B> => {
    const other = hunk.theirs[i]!;
    return JSON.stringify(other) === JSON.stringify(block)
      ? { kind: 'same', blocks: [block] }
      : { kind: 'changed', theirs: [other], mine: [block] };
  });
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
    if (hunk.kind !== 'changed') return hunk.blocks;
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
