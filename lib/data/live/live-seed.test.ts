import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { DEMO_LIVE_TITLE } from '@/scripts/seed/demo-live';
import { seedDatabase } from '@/scripts/seed';
import { getLiveState } from './coverage';
import { getLivePage } from './reads';

describe('the demo live page', () => {
  it('is an ended live article marked as a demo, with 15 posts, key events and a pinned post', () => {
    seedDatabase(db);
    const article = db.select({ id: articles.id }).from(articles).where(eq(articles.title, DEMO_LIVE_TITLE)).get()!;
    expect(DEMO_LIVE_TITLE).toMatch(/bài mẫu/);
    expect(getLiveState(article.id)?.endedAt).not.toBeNull();
    const page = getLivePage(article.id, undefined, 100)!;
    expect(page.posts).toHaveLength(15);
    expect(page.keyEvents.length).toBeGreaterThanOrEqual(3);
    expect(page.pinned).not.toBeNull();
  });
});
