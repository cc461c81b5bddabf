import { describe, expect, it } from 'vitest';
import { untypeVietnamese } from './telex';

describe('untypeVietnamese', () => {
  it('reads Telex-typed syllables', () => {
    expect(untypeVietnamese('quoocs')).toBe('quoc');
    expect(untypeVietnamese('phongf')).toBe('phong');
    expect(untypeVietnamese('dduwowngf')).toBe('duong');
    expect(untypeVietnamese('ddaij')).toBe('dai');
    expect(untypeVietnamese('tuwowngs')).toBe('tuong');
    expect(untypeVietnamese('quosc')).toBe('quoc');
  });
  it('reads VNI-typed syllables', () => {
    expect(untypeVietnamese('quo6c1')).toBe('quoc');
    expect(untypeVietnamese('pho2ng')).toBe('phong');
    expect(untypeVietnamese('d9a5ng')).toBe('dang');
  });
  it('leaves real syllables, numbers and codes alone', () => {
    expect(untypeVietnamese('phong')).toBeNull();
    expect(untypeVietnamese('2023')).toBeNull();
    expect(untypeVietnamese('h5n1')).toBeNull();
    expect(untypeVietnamese('covid')).toBeNull();
  });
});
