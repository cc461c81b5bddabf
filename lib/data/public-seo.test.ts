import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { sections } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { createArticle } from '@/lib/data/articles/create';
import { getSiteContentChangedAt } from '@/lib/data/articles/modified-at';

// The cached getters read through unstable_cache; outside Next it is the function itself.
vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));
const { getSitemapIndex } = await import('./public-seo');

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

function publish(title: string, sectionId: number, publishedAt: Date, tag: string) {
  createArticle({
    title,
    lead: '',
    body: { type: 'doc', content: [paragraph('Nội dung')] },
    status: 'published',
    sectionId,
    publishedAt,
    bylines: [{ role: 'writer', label: 'Bài', name: 'PHÓNG VIÊN SƠ ĐỒ' }],
    tags: [tag],
  });
}

describe('the sitemap index', () => {
  it('is one snapshot: its listings, months and Last-Modified read together, kinds with nothing public left out', async () => {
    const section = db.insert(sections).values({ name: 'Quốc phòng', slug: 'quoc-phong' }).returning().get();
    publish('Bài tháng trước', section.id, hoursAgo(24 * 40), 'Biên giới');
    const newest = hoursAgo(2);
    publish('Bài mới', section.id, newest, 'Hải quân');

    const { items, changedAt } = await getSitemapIndex();

    expect(changedAt).toBe(newest.toISOString());
    expect(changedAt).toBe(getSiteContentChangedAt());
    // No event has a public article yet: no events file.
    expect(items.listings.map((l) => `${l.kind}-${l.part}`)).toEqual(['sections-1', 'tags-1', 'authors-1']);
    // Each file's time is its newest entry: the home and the tag of the newer article.
    for (const listing of items.listings) expect(listing.modifiedAt).toBe(changedAt);
    expect(items.months.reduce((sum, m) => sum + m.count, 0)).toBe(2);
    expect(items.months.map((m) => m.modifiedAt).sort().at(-1)).toBe(changedAt);
  });
});
