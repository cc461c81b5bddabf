import { attachArticle, createEvent } from '@/lib/data/events';

// One demo event, so a fresh install shows an event page (/su-kien/…), its feed and the
// "Cùng sự kiện" box on its articles. Like the demo articles, it says it is a demo.

export const DEMO_EVENT = {
  name: 'Mùa mưa bão 2026 (sự kiện mẫu)',
  description: 'Sự kiện mẫu (demo): các bài viết mẫu về phòng chống thiên tai, xếp theo dòng thời gian.',
  /** Demo articles (demo-articles.ts) by title; the first one's illustration is the cover. */
  titles: [
    'Các địa phương miền Trung khẩn trương ứng phó với áp thấp nhiệt đới',
    'Biên phòng Quảng Trị diễn tập phòng chống thiên tai, tìm kiếm cứu nạn',
    'Nắng nóng kỷ lục bao trùm châu Âu, nhiều nước phát cảnh báo đỏ',
  ],
};

/** Creates the demo event over the seeded demo articles (ids by title) with a demo photo as its cover. */
export function seedDemoEvent(demoIds: Map<string, number>, coverMediaId: number | null): void {
  const created = createEvent({ name: DEMO_EVENT.name, slug: '', description: DEMO_EVENT.description, coverMediaId, ordering: 'time' }, null);
  if (!created.ok) throw new Error(`Demo event not created: ${created.error}`);
  for (const title of DEMO_EVENT.titles) {
    const id = demoIds.get(title);
    if (id === undefined) throw new Error(`Demo event names an unknown demo article: ${title}`);
    attachArticle(created.id, id);
  }
}
