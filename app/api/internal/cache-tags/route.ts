import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isCacheTagsAuthorization } from '@/lib/cache/cache-tags-token';

// Writers outside the server (npm run import -- --publish, lib/cache/expire-from-outside.ts)
// expire what they changed here when no Redis carries it. revalidateTag may only run in a route
// handler or an action; with REDIS_URL set, the cache handler passes it on to every process.
// Anything without the token gets a 404.
export const dynamic = 'force-dynamic';

const Body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(5_000) });

export async function POST(request: Request): Promise<Response> {
  if (!isCacheTagsAuthorization(request.headers.get('authorization'))) return new Response('Not Found', { status: 404 });
  const body = Body.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: 'tags: a list of cache tags' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  for (const tag of new Set(body.data.tags)) revalidateTag(tag, { expire: 0 });
  return Response.json({ expired: body.data.tags.length }, { headers: { 'Cache-Control': 'no-store' } });
}
