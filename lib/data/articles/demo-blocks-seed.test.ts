import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, media } from '@/db/schema';
import { EMBED_FRAME_ORIGINS } from '@/lib/article-body/embeds';
import { parseArticleBody } from '@/lib/article-body/parse';
import { seedDatabase, SEED_ARTICLE_TITLE } from '@/scripts/seed';
import { DEMO_BLOCKS_TITLE } from '@/scripts/seed/demo-blocks';
import { listEmbedFrameOrigins } from './embed-frames';

describe('the demo article of every body block', () => {
  it('is published after the seed article, holds every block in a body the editor would save unchanged, and frames exactly the five platforms', () => {
    const photos = [1, 2, 3, 4, 5].map((n) => ({
      mediaId: db.insert(media).values({ path: `2026/12/demo-${n}.jpg`, mimeType: 'image/jpeg', width: 1600, height: 900, alt: `Ảnh ${n}` }).returning().get().id,
    }));
    seedDatabase(db, new Date(), photos);
    const demo = db.select().from(articles).where(eq(articles.title, DEMO_BLOCKS_TITLE)).get()!;
    const seed = db.select({ id: articles.id }).from(articles).where(eq(articles.title, SEED_ARTICLE_TITLE)).get()!;
    expect(demo.status).toBe('published');
    expect(demo.id).toBeGreaterThan(seed.id);
    const body = demo.body as { content: { type: string }[] };
    expect(parseArticleBody(body)).toEqual({ ok: true, body });
    expect(new Set(body.content.map((block) => block.type))).toEqual(
      new Set(['paragraph', 'table', 'gallery', 'pullQuote', 'infoBox', 'embed']),
    );
    expect(listEmbedFrameOrigins(demo.id).sort()).toEqual(Object.values(EMBED_FRAME_ORIGINS).sort());
    expect(listEmbedFrameOrigins(seed.id)).toEqual([]);
  });
});
