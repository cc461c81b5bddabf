import { after } from 'next/server';
import { revalidateTag } from 'next/cache';
import { listArticlePublicPaths } from '@/lib/data/articles/public-paths';
import { nextScheduleTransition, runDueSchedules } from '@/lib/data/articles/schedule';
import { nextBreakingExpiry, removeExpiredBreakingNews } from '@/lib/data/breaking-news';
import { frontsWithPinsRunOut, nextFrontPinExpiry } from '@/lib/data/fronts/pin-expiry';
import { refreshProxyCache } from '@/lib/http/proxy-refresh';
import { purgeCdnTags } from '@/lib/http/purge-webhook';
import { DUE_WAIT_MAX_MS, isSchedulerToken } from '@/lib/schedule/scheduler-token';
import { log } from '@/lib/log';

// Called only by this process's own scheduler timer (lib/schedule/start-scheduler.ts) over
// loopback: a route handler is where revalidateTag may run. Anything without the token gets a 404.
// It answers when the next transition (a schedule, the breaking-news banner's expiry, a front's pin
// running out) is due, so the scheduler can arm a timer for that instant.
export const dynamic = 'force-dynamic';

// Pins that ran out after this instant still have fronts to refresh. It starts at 0, so the first
// sweep after a start refreshes the fronts whose pins ran out while the server was down (the data
// cache outlives the process).
let pinsSweptUntil = 0;

/** Called just ahead of a due time (x-scheduler-due), waits for it: the flip lands on the instant. */
async function waitForDue(header: string | null): Promise<void> {
  const wait = Number(header) - Date.now();
  if (Number.isFinite(wait) && wait > 0 && wait <= DUE_WAIT_MAX_MS) await new Promise((resolve) => setTimeout(resolve, wait + 1));
}

const soonest = (...times: (number | null)[]): number | null => {
  const set = times.filter((at): at is number => at !== null);
  return set.length ? Math.min(...set) : null;
};

export async function POST(request: Request): Promise<Response> {
  if (!isSchedulerToken(request.headers.get('x-scheduler-token')))
    return new Response('Not Found', { status: 404 });
  await waitForDue(request.headers.get('x-scheduler-due'));
  const work = runDueSchedules();
  const expiredBreaking = removeExpiredBreakingNews();
  const sweptAt = new Date();
  const pinsRunOut = frontsWithPinsRunOut(pinsSweptUntil, sweptAt);
  pinsSweptUntil = sweptAt.getTime();
  const expired = [...new Set([...work.tags, ...expiredBreaking.tags, ...pinsRunOut.tags])];
  for (const tag of expired) revalidateTag(tag, { expire: 0 });
  if (expired.length) after(() => purgeCdnTags(expired));
  if (pinsRunOut.paths.length) after(() => refreshProxyCache(pinsRunOut.paths));
  if (expiredBreaking.removed.length) log('info', 'breaking news expired', { articleIds: expiredBreaking.removed });
  const flipped = [...work.published, ...work.unpublished];
  if (flipped.length) {
    log('info', 'scheduled articles flipped', { published: work.published, unpublished: work.unpublished });
    // After the response, when the tags above have expired: nginx's copies render afresh.
    after(() => refreshProxyCache(listArticlePublicPaths(flipped)));
  }
  return Response.json(
    { published: work.published.length, unpublished: work.unpublished.length, nextDueAt: soonest(nextScheduleTransition(), nextBreakingExpiry(), nextFrontPinExpiry()) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
