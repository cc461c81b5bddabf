import { describe, expect, it } from 'vitest';
import { formatDateLine, formatShortDate } from './date';

describe('formatDateLine', () => {
  it('prints the Vietnamese date line in Asia/Ho_Chi_Minh time', () => {
    expect(formatDateLine(new Date('2023-07-14T03:25:00Z'))).toBe('Thứ Sáu, 14/7/2023 - 10:25');
  });
  it('moves to the next day in Vietnam before UTC does', () => {
    // 18:30 UTC on a Saturday is 01:30 on Sunday in Hà Nội.
    expect(formatDateLine(new Date('2024-03-02T18:30:00Z'))).toBe('Chủ Nhật, 3/3/2024 - 01:30');
  });
  it('names every weekday', () => {
    const names = Array.from({ length: 7 }, (_, i) =>
      formatDateLine(new Date(Date.UTC(2024, 0, 1 + i, 5))).split(',')[0],
    );
    expect(names).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
  });
  it('pads minutes and hours', () => {
    expect(formatShortDate(new Date('2024-12-31T17:05:00Z'))).toBe('1/1/2025 00:05');
  });
});
