import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { DEMO_EVENT } from '@/scripts/seed/demo-event';
import { seedDatabase } from '@/scripts/seed';
import { slugify } from '@/lib/vi/text';
import { getEventBySlug, listEventArticles, listEventsForArticle } from './event-reads';

beforeAll(() => {
  seedDatabase(db);
});

describe("the demo site's event", () => {
  it('has a public page with its three demo articles, newest first, and says it is a demo', () => {
    const event = getEventBySlug(slugify(DEMO_EVENT.name));
    expect(event).toMatchObject({ path: '/su-kien/mua-mua-bao-2026-su-kien-mau', description: expect.stringContaining('demo') });
    expect(event!.name).toContain('sự kiện mẫu');
    const { items, total } = listEventArticles(event!, 1, 12);
    expect(total).toBe(3);
    expect(items.map((item) => item.title)).toEqual([
      'Biên phòng Quảng Trị diễn tập phòng chống thiên tai, tìm kiếm cứu nạn',
      'Các địa phương miền Trung khẩn trương ứng phó với áp thấp nhiệt đới',
      'Nắng nóng kỷ lục bao trùm châu Âu, nhiều nước phát cảnh báo đỏ',
    ]);
    expect(listEventsForArticle(items[0]!.id)[0]!.articles).toHaveLength(2);
  });
});
