import { describe, expect, it } from 'vitest';
import { defaultChoice, diffBlocks, mergeBlocks, removedBlocks, type BlockHunk, type HunkChoice } from './blocks';

const theirs = ['Mở đầu', 'Đoạn hai', 'Câu của Lan', 'Kết'];
const mine = ['Mở đầu', 'Đoạn hai đã sửa', 'Kết', 'Đoạn mới của Minh'];
const changed = (h: BlockHunk<string>[]) => h.flatMap((x, i) => (x.kind === 'changed' ? [i] : []));

describe('diffBlocks', () => {
  const hunks = diffBlocks(theirs, mine);

  it('aligns unchanged paragraphs and groups each differing run into one hunk', () => {
    expect(hunks).toEqual([
      { kind: 'same', blocks: ['Mở đầu'] },
      { kind: 'changed', theirs: ['Đoạn hai', 'Câu của Lan'], mine: ['Đoạn hai đã sửa'] },
      { kind: 'same', blocks: ['Kết'] },
      { kind: 'changed', theirs: [], mine: ['Đoạn mới của Minh'] },
    ]);
  });

  it('keeps the writer’s version by default, and lists exactly what that removes from the stored one', () => {
    expect(mergeBlocks(hunks, new Map())).toEqual(mine);
    expect(removedBlocks(hunks, new Map())).toEqual(['Đoạn hai', 'Câu của Lan']);
  });

  it('a paragraph only the other editor wrote stays unless the writer chooses otherwise', () => {
    const added = diffBlocks(['A', 'Của Lan', 'B'], ['A', 'B']);
    const [i] = changed(added);
    expect(defaultChoice(added[i!] as Extract<BlockHunk<string>, { kind: 'changed' }>)).toBe('theirs');
    expect(mergeBlocks(added, new Map())).toEqual(['A', 'Của Lan', 'B']);
    expect(removedBlocks(added, new Map())).toEqual([]);
    expect(removedBlocks(added, new Map([[i!, 'mine' as HunkChoice]]))).toEqual(['Của Lan']);
  });

  it('merges per hunk: theirs, mine or both, in reading order', () => {
    const [first, second] = changed(hunks);
    const choices = new Map<number, HunkChoice>([
      [first!, 'both'],
      [second!, 'theirs'],
    ]);
    expect(mergeBlocks(hunks, choices)).toEqual(['Mở đầu', 'Đoạn hai', 'Câu của Lan', 'Đoạn hai đã sửa', 'Kết']);
    expect(removedBlocks(hunks, choices)).toEqual([]);
  });

  it('two neighbouring paragraphs edited one each are two choices, not one', () => {
    expect(diffBlocks(['A', 'B của Lan', 'C'], ['A của Minh', 'B', 'C'])).toEqual([
      { kind: 'changed', theirs: ['A'], mine: ['A của Minh'] },
      { kind: 'changed', theirs: ['B của Lan'], mine: ['B'] },
      { kind: 'same', blocks: ['C'] },
    ]);
  });

  it('compares blocks by their whole structure, not only their text', () => {
    const bold = { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] };
    const plain = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };
    expect(diffBlocks([plain], [bold])).toEqual([{ kind: 'changed', theirs: [plain], mine: [bold] }]);
    expect(diffBlocks([plain], [structuredClone(plain)])).toEqual([{ kind: 'same', blocks: [plain] }]);
  });
});
