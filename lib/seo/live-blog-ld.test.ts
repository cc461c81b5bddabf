import { describe, expect, it } from 'vitest';
import { paragraph } from '@/lib/article-body/schema';
import type { LivePage, LivePost } from '@/lib/data/live/reads';
import { liveBlogPostingLd } from './live-blog-ld';

const post = (id: number, at: string, extra: Partial<LivePost> = {}): LivePost => ({
  id,
  title: null,
  body: { type: 'doc', content: [paragraph(`Diễn biến ${id}`), paragraph('Đoạn hai')] },
  figureMedia: {},
  keyEvent: false,
  pinned: false,
  publishedAt: at,
  updatedAt: at,
  author: 'Lan',
  ...extra,
});
const page = (endedAt: string | null): LivePage => ({
  startedAt: '2026-09-02T00:00:00.000Z',
  endedAt,
  changeSeq: 2,
  posts: [post(2, '2026-09-02T01:30:00.000Z', { title: 'Khối diễu binh qua lễ đài' }), post(1, '2026-09-02T01:00:00.000Z')],
  olderBefore: null,
  keyEvents: [],
  pinned: null,
});

describe('LiveBlogPosting', () => {
  it("carries Google's live blog properties: coverage times and updates with headline, datePublished and articleBody", () => {
    const ld = liveBlogPostingLd({ url: 'https://bao.vn/a-1', headline: 'Lễ diễu binh 2/9', description: 'Tóm tắt', live: page('2026-09-02T03:00:00.000Z') });
    expect(ld).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: 'Lễ diễu binh 2/9',
      coverageStartTime: '2026-09-02T07:00:00+07:00',
      coverageEndTime: '2026-09-02T10:00:00+07:00',
    });
    expect(ld.liveBlogUpdate).toEqual([
      expect.objectContaining({ '@type': 'BlogPosting', headline: 'Khối diễu binh qua lễ đài', datePublished: '2026-09-02T08:30:00+07:00', articleBody: 'Diễn biến 2\n\nĐoạn hai', url: 'https://bao.vn/a-1#post-2' }),
      expect.objectContaining({ headline: 'Diễn biến 1', datePublished: '2026-09-02T08:00:00+07:00' }),
    ]);
  });

  it('gives an open live blog an end time a day past its latest post', () => {
    const ld = liveBlogPostingLd({ url: 'https://bao.vn/a-1', headline: 'x', description: '', live: page(null) });
    expect(ld.coverageEndTime).toBe('2026-09-03T08:30:00+07:00');
  });
});
