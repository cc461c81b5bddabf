import { revalidateTag } from 'next/cache';
import { runDueSchedules } from '@/lib/data/article-schedule';
import { isSchedulerToken } from '@/lib/schedule/scheduler-token';
import { log } from '@/lib/log';

// Called only by this process's own scheduler timer (lib/schedule/start-scheduler.ts) over
// loopback: a route handler is where revalidateTag may run. Anything without the token gets a 404.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Response {
  if (!isSchedulerToken(request.headers.get('x-scheduler-token')))
    return new Response('Not Found', { status: 404 });
  const work = runDueSchedules();
  for (const tag of work.tags) revalidateTag(tag, { expire: 0 });
  if (work.published.length || work.unpublished.length)
    log('info', 'scheduled articles flipped', { published: work.published, unpublished: work.unpublished });
  return Response.json(
    { published: work.published.length, unpublished: work.unpublished.length },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
