import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges } from './words';

const render = (before: string, after: string) =>
  diffWords(before, after)
    .map((p) => (p.op === 'same' ? p.text : p.op === 'add' ? `[+${p.text}]` : `[-${p.text}]`))
    .join('');

describe('diffWords', () => {
  it('marks words added and removed', () => {
    expect(render('Đảng ủy họp phiên thường kỳ', 'Đảng ủy Quân sự họp phiên bất thường')).toBe(
      'Đảng ủy [+Quân sự ]họp phiên [-thường kỳ][+bất thường]',
    );
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'một hai ba bốn năm sáu';
    const after = 'hai ba năm bảy sáu tám';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.op !== 'add')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.op !== 'del')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('keeps a rewritten phrase in one piece', () => {
    expect(render('Sa-pô bản thứ hai hoàn toàn khác.', 'Sa-pô bản đầu tiên.')).toBe(
      'Sa-pô bản [-thứ hai hoàn toàn khác.][+đầu tiên.]',
    );
  });

  it('reports no change for equal texts', () => {
    expect(hasChanges(diffWords('giống nhau', 'giống nhau'))).toBe(false);
    expect(hasChanges(diffWords('', 'mới'))).toBe(true);
  });
});

describe('diffWords on long texts', () => {
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

  it('finds one changed word in a long text', () => {
    const before = words(5_000, 'w');
    const after = before.replace('w2500 ', 'mới ');
    expect(diffWords(before, after).filter((p) => p.op !== 'same')).toEqual([
      { op: 'del', text: 'w2500 ' },
      { op: 'add', text: 'mới ' },
    ]);
  });

  it('shows texts too different to align as one replacement, quickly', () => {
    const before = words(6_000, 'a');
    const after = words(6_000, 'b');
    const started = performance.now();
    expect(diffWords(before, after)).toEqual([
      { op: 'del', text: before },
      { op: 'add', text: after },
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
