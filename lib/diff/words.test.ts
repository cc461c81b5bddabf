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
