import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { listStaffPage, STAFF_PAGE_SIZE } from './users';

describe('listStaffPage', () => {
  it('pages the staff in Vietnamese order of their names and finds them by name or email', () => {
    const names = ['Đỗ Thị Hà', 'Dương Minh', 'Bùi Văn An', 'Âu Cơ', 'An Khánh', ...Array.from({ length: STAFF_PAGE_SIZE }, (_, n) => `Phóng viên ${n + 1}`)];
    names.forEach((name, n) => db.insert(users).values({ email: `nv${n}@toasoan.test`, name }).run());

    const first = listStaffPage('', 1);
    expect(first.total).toBe(names.length);
    expect(first.items.slice(0, 5).map((member) => member.name)).toEqual(['An Khánh', 'Âu Cơ', 'Bùi Văn An', 'Dương Minh', 'Đỗ Thị Hà']);
    expect(first.items).toHaveLength(STAFF_PAGE_SIZE);
    // The next page goes on where the first stopped, numbers read as numbers.
    expect(listStaffPage('', 2).items.map((member) => member.name)).toEqual(['Phóng viên 16', 'Phóng viên 17', 'Phóng viên 18', 'Phóng viên 19', 'Phóng viên 20']);

    expect(listStaffPage('Dương', 1).items.map((member) => member.email)).toEqual(['nv1@toasoan.test']);
    expect(listStaffPage('NV2@', 1)).toMatchObject({ total: 1, items: [{ name: 'Bùi Văn An' }] });
    expect(listStaffPage('%', 1).total).toBe(0);
  });
});
