import { beforeAll, describe, expect, it, vi } from 'vitest';

// /api/internal/cache-tags: how a command-line writer expires tags in a server without Redis.
const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidateTag }));
process.env.AUTH_SECRET ??= 'unit-test-secret-not-used-anywhere-else';
const { POST } = await import('@/app/api/internal/cache-tags/route');
const { cacheTagsToken } = await import('./cache-tags-token');

const post = (body: unknown, authorization?: string) =>
  POST(
    new Request('http://127.0.0.1:3000/api/internal/cache-tags', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    }),
  );

beforeAll(() => revalidateTag.mockClear());

describe('the internal cache-tags route', () => {
  it('answers 404 and expires nothing without the token, or with another', async () => {
    expect((await post({ tags: ['listings'] })).status).toBe(404);
    expect((await post({ tags: ['listings'] }, `Bearer ${cacheTagsToken()}x`)).status).toBe(404);
    expect((await post({ tags: ['listings'] }, cacheTagsToken())).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('expires each tag named, at once, with the token', async () => {
    const response = await post({ tags: ['listings', 'article:12', 'listings'] }, `Bearer ${cacheTagsToken()}`);
    expect(response.status).toBe(200);
    expect(revalidateTag.mock.calls).toEqual([
      ['listings', { expire: 0 }],
      ['article:12', { expire: 0 }],
    ]);
  });

  it('refuses a body that is not a list of tags', async () => {
    revalidateTag.mockClear();
    expect((await post({ tags: [] }, `Bearer ${cacheTagsToken()}`)).status).toBe(400);
    expect((await post({ tag: 'listings' }, `Bearer ${cacheTagsToken()}`)).status).toBe(400);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
