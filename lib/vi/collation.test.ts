import { describe, expect, it } from 'vitest';
import { compareVietnamese, sectionTreeOrder, sortByVietnamese, vietnameseSortKey } from './collation';

describe('Vietnamese order', () => {
  it('sorts by the Vietnamese alphabet, not by code point', () => {
    const tags = ['Y tế', 'Đô thị', 'Biến đổi khí hậu', 'Bài mẫu', 'Dân sinh', 'Ăn uống', 'An ninh', 'Âm nhạc', 'Ô nhiễm', 'Ơ', 'Ưu đãi', 'Uống'];
    expect(sortByVietnamese(tags, (t) => t)).toEqual([
      'An ninh',
      'Ăn uống',
      'Âm nhạc',
      'Bài mẫu',
      'Biến đổi khí hậu',
      'Dân sinh',
      'Đô thị',
      'Ô nhiễm',
      'Ơ',
      'Uống',
      'Ưu đãi',
      'Y tế',
    ]);
  });

  it('puts a letter with a tone after the plain one, Đ between D and E, and reads numbers as numbers', () => {
    expect(compareVietnamese('ba', 'bà')).toBeLessThan(0);
    expect(compareVietnamese('Dương', 'Đà Nẵng')).toBeLessThan(0);
    expect(compareVietnamese('Đà Nẵng', 'Em')).toBeLessThan(0);
    expect(compareVietnamese('Bão số 2', 'Bão số 10')).toBeLessThan(0);
    expect(compareVietnamese('Zalo', 'Đà Lạt')).toBeGreaterThan(0);
  });

  it('keeps the items and their ties, sorted by the name given', () => {
    const staff = [
      { id: 1, name: 'Trần Văn Bình' },
      { id: 2, name: 'Đỗ Thị Hà' },
      { id: 3, name: 'Dương Minh' },
      { id: 4, name: 'Đỗ Thị Hà' },
    ];
    expect(sortByVietnamese(staff, (s) => s.name).map((s) => s.id)).toEqual([3, 2, 4, 1]);
    expect(staff.map((s) => s.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('sectionTreeOrder', () => {
  const section = (id: number, parentId: number | null) => ({ id, parentId });

  it('lists each parent before its children, even when a child comes first in the given order', () => {
    // 5 is a child of 2 but positioned before it; 3 is a child of 1.
    const order = sectionTreeOrder([section(5, 2), section(1, null), section(2, null), section(3, 1), section(4, null)], (s) => s.parentId);
    expect(order.map(({ section: s, depth }) => [s.id, depth])).toEqual([
      [1, 0],
      [3, 1],
      [2, 0],
      [5, 1],
      [4, 0],
    ]);
  });

  it('keeps a subsection whose parent is not listed, as a top-level one', () => {
    expect(sectionTreeOrder([section(7, 99), section(1, null)], (s) => s.parentId).map(({ section: s, depth }) => [s.id, depth])).toEqual([
      [7, 0],
      [1, 0],
    ]);
  });
});

describe('vietnameseSortKey', () => {
  it('orders as compareVietnamese does, compared byte for byte (as SQLite sorts text)', () => {
    const pieces = ['a', 'ă', 'â', 'b', 'd', 'đ', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'A', 'Đ', 'Ư', 'à', 'ả', 'ã', 'á', 'ạ', 'ằ', 'ẩ', 'ễ', 'ố', 'ợ', 'ự', 'Ỷ', ' ', '1', '2', '10', '09', '-'];
    let seed = 2026;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const name = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const bytes = (text: string) => Buffer.from(vietnameseSortKey(text));
    const disagreements: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const [a, b] = [name(), name()];
      if (Math.sign(Buffer.compare(bytes(a), bytes(b))) !== Math.sign(compareVietnamese(a, b))) disagreements.push(`${a} | ${b}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('sorts tags, names and numbers as the newsroom reads them', () => {
    const names = ['Y tế', 'Đô thị', 'Bão số 10', 'Bão số 2', 'Bài mẫu', 'bài mẫu', 'Dương', 'Ăn uống', 'An ninh', 'Zalo'];
    const byKey = [...names].sort((a, b) => Buffer.compare(Buffer.from(vietnameseSortKey(a)), Buffer.from(vietnameseSortKey(b))));
    expect(byKey).toEqual(sortByVietnamese(names, (n) => n));
    expect(byKey.slice(0, 4)).toEqual(['An ninh', 'Ăn uống', 'bài mẫu', 'Bài mẫu']);
  });
});
