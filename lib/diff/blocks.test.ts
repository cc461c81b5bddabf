import { describe, expect, it } from 'vitest';
import { defaultChoice, diffBlocks, mergeAgainstBase, mergeBlocks, mergeField, removedBlocks, type BlockHunk, type HunkChoice } from './blocks';

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

describe('mergeAgainstBase', () => {
  const base = ['Mở đầu', 'Đoạn hai', 'Đoạn ba', 'Đoạn bốn', 'Kết'];
  const questions = (h: BlockHunk<string>[]) => h.filter((x) => x.kind === 'changed');

  it('takes a paragraph only the other editor changed, and one only the writer changed, without asking', () => {
    const theirs = ['Mở đầu', 'Đoạn hai của Lan', 'Đoạn ba', 'Đoạn bốn', 'Kết'];
    const mine = ['Mở đầu', 'Đoạn hai', 'Đoạn ba', 'Đoạn bốn của Minh', 'Kết'];
    const hunks = mergeAgainstBase(base, theirs, mine);
    expect(questions(hunks)).toEqual([]);
    expect(hunks).toContainEqual({ kind: 'merged', by: 'theirs', blocks: ['Đoạn hai của Lan'], base: ['Đoạn hai'] });
    expect(hunks).toContainEqual({ kind: 'merged', by: 'mine', blocks: ['Đoạn bốn của Minh'], base: ['Đoạn bốn'] });
    expect(mergeBlocks(hunks, new Map())).toEqual(['Mở đầu', 'Đoạn hai của Lan', 'Đoạn ba', 'Đoạn bốn của Minh', 'Kết']);
  });

  it('asks only where both changed the same paragraph, differently; the same change on both sides is no question', () => {
    const theirs = ['Mở đầu', 'Đoạn hai (Lan)', 'Đoạn ba đã sửa', 'Đoạn bốn', 'Kết'];
    const mine = ['Mở đầu', 'Đoạn hai (Minh)', 'Đoạn ba đã sửa', 'Đoạn bốn', 'Kết của Minh'];
    const hunks = mergeAgainstBase(base, theirs, mine);
    expect(questions(hunks)).toEqual([{ kind: 'changed', theirs: ['Đoạn hai (Lan)'], mine: ['Đoạn hai (Minh)'] }]);
    const i = hunks.findIndex((h) => h.kind === 'changed');
    expect(mergeBlocks(hunks, new Map())).toEqual(['Mở đầu', 'Đoạn hai (Minh)', 'Đoạn ba đã sửa', 'Đoạn bốn', 'Kết của Minh']);
    expect(mergeBlocks(hunks, new Map([[i, 'theirs']]))).toEqual(['Mở đầu', 'Đoạn hai (Lan)', 'Đoạn ba đã sửa', 'Đoạn bốn', 'Kết của Minh']);
    expect(mergeBlocks(hunks, new Map([[i, 'both']]))).toEqual(['Mở đầu', 'Đoạn hai (Lan)', 'Đoạn hai (Minh)', 'Đoạn ba đã sửa', 'Đoạn bốn', 'Kết của Minh']);
  });

  it('merges insertions and deletions made on one side, saying whose they were and what they removed', () => {
    const theirs = ['Mở đầu', 'Đoạn ba', 'Đoạn bốn', 'Kết', 'Phụ lục của Lan'];
    const mine = ['Tít phụ của Minh', 'Mở đầu', 'Đoạn hai', 'Đoạn ba', 'Kết'];
    const hunks = mergeAgainstBase(base, theirs, mine);
    expect(questions(hunks)).toEqual([]);
    expect(hunks).toContainEqual({ kind: 'merged', by: 'mine', blocks: ['Tít phụ của Minh'], base: [] });
    expect(hunks).toContainEqual({ kind: 'merged', by: 'theirs', blocks: [], base: ['Đoạn hai'] });
    expect(hunks).toContainEqual({ kind: 'merged', by: 'mine', blocks: [], base: ['Đoạn bốn'] });
    expect(hunks).toContainEqual({ kind: 'merged', by: 'theirs', blocks: ['Phụ lục của Lan'], base: [] });
    expect(mergeBlocks(hunks, new Map())).toEqual(['Tít phụ của Minh', 'Mở đầu', 'Đoạn ba', 'Kết', 'Phụ lục của Lan']);
  });

  it('merges neighbouring paragraphs edited one by each side, which diff3 alone reports as one conflict', () => {
    const theirs = ['Mở đầu', 'Đoạn hai', 'Đoạn ba của Lan', 'Đoạn bốn', 'Kết'];
    const mine = ['Mở đầu', 'Đoạn hai', 'Đoạn ba', 'Đoạn bốn của Minh', 'Kết'];
    const hunks = mergeAgainstBase(base, theirs, mine);
    expect(questions(hunks)).toEqual([]);
    expect(mergeBlocks(hunks, new Map())).toEqual(['Mở đầu', 'Đoạn hai', 'Đoạn ba của Lan', 'Đoạn bốn của Minh', 'Kết']);
  });

  it('asks when one side deletes a paragraph the other edited', () => {
    const theirs = ['Mở đầu', 'Đoạn ba', 'Đoạn bốn', 'Kết'];
    const mine = ['Mở đầu', 'Đoạn hai đã sửa', 'Đoạn ba', 'Đoạn bốn', 'Kết'];
    expect(questions(mergeAgainstBase(base, theirs, mine))).toEqual([{ kind: 'changed', theirs: [], mine: ['Đoạn hai đã sửa'] }]);
  });

  it('merges a headline or lead changed on one side, and leaves one changed on both to the writer', () => {
    expect(mergeField('Gốc', 'Của Lan', 'Gốc')).toBe('Của Lan');
    expect(mergeField('Gốc', 'Gốc', 'Của Minh')).toBe('Của Minh');
    expect(mergeField('Gốc', 'Như nhau', 'Như nhau')).toBe('Như nhau');
    expect(mergeField('Gốc', 'Của Lan', 'Của Minh')).toBeNull();
  });
});

describe('mergeAgainstBase on many one-sided edits', () => {
  // A seeded generator: the same edits every run, so a failure can be replayed.
  let seed = 17;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const edit = (paragraphs: string[], tag: string) => {
    const out = [...paragraphs];
    for (let k = 0; k < 1 + random(3); k++) {
      const at = random(out.length + 1);
      const op = random(3);
      if (op === 0) out.splice(at, 0, `${tag} thêm ${k}`);
      else if (op === 1 && out.length > 1) out.splice(Math.min(at, out.length - 1), 1);
      else out[Math.min(at, out.length - 1)] += ` (${tag} sửa ${k})`;
    }
    return out;
  };

  it('merges to exactly the side that changed, whatever its insertions, deletions and edits, asking nothing', () => {
    for (let round = 0; round < 200; round++) {
      const base = Array.from({ length: 3 + random(8) }, (_, i) => `Đoạn ${i + 1}`);
      const changed = edit(base, 'Lan');
      for (const [theirs, mine] of [
        [changed, base],
        [base, changed],
      ] as const) {
        const hunks = mergeAgainstBase(base, theirs, mine);
        expect(hunks.filter((h) => h.kind === 'changed')).toEqual([]);
        expect(mergeBlocks(hunks, new Map())).toEqual(changed);
        // What each merged hunk says it replaced is base text, in the base's order.
        expect(hunks.flatMap((h) => (h.kind === 'merged' ? h.base : h.kind === 'same' ? h.blocks : []))).toEqual(base);
      }
    }
  });
});
