import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { seedDatabase } from '@/scripts/seed';
import { HOME_FRONT_KEY } from '@/lib/domain/front-document';
import { resolveFront } from './resolve';
import { getFrontForEditing, getPublishedFrontDocument } from './store';

beforeAll(() => {
  seedDatabase(db);
});

describe("the demo site's home front", () => {
  it('is published: a hand-picked lead with a front-only headline, a Tiêu điểm row, then the default blocks, no article twice', () => {
    expect(getFrontForEditing(HOME_FRONT_KEY)).toMatchObject({ draftVersion: 1, publishedRevisionId: expect.any(Number) });
    const front = resolveFront(getPublishedFrontDocument(HOME_FRONT_KEY)!);
    expect(front.containers.map((c) => c.name)).toEqual([
      'Tin chính',
      'Tiêu điểm',
      'Tin mới',
      'Đọc nhiều',
      'Thời sự',
      'Quốc phòng – An ninh',
      'Kinh tế',
      'Xã hội',
      'Văn hóa',
      'Thể thao',
      'Quốc tế',
    ]);
    const [lead, highlights] = front.containers;
    expect(lead!.items).toEqual([expect.objectContaining({ title: 'Đường sắt tốc độ cao: khởi công 28 km đầu tiên qua Hà Nội', handPicked: true })]);
    expect(lead!.items[0]!.path).toMatch(/^\/thoi-su\/khoi-cong-doan-dau-tien/);
    expect(highlights!.items.map((i) => i.handPicked)).toEqual([true, true, true, true]);
    const ids = front.containers.flatMap((c) => c.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(23); // with the demo live page (scripts/seed/demo-live.ts) in Thể thao and the demo of every body block (demo-blocks.ts) in Kinh tế
  });
});
