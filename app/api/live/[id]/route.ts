import { createElement } from 'react';
import { renderStaticMarkup } from '@/app/ui/static-markup';
import { LivePostView } from '@/app/ui/live/live-post';
import type { LivePoll } from '@/app/ui/live/live-updates';
import { LIVE_ANSWER_MAX_AGE_MS } from '@/app/ui/live/poll-schedule';
import { getLiveChanges } from '@/lib/data/live/reads';

// The live page's poll: "what changed after change N" for a public live article. Public and the
// same for every reader who saw change N, so shared caches keep it briefly (deploy/nginx.conf's
// /api/live/ rule): 1,000 readers cost the app about one request per distinct URL every few
// seconds. One indexed query (lib/data/live/reads.ts). Its age bounds post-to-visible
// (LIVE_ANSWER_MAX_AGE_MS), and shared caches count whole seconds: fresh for 3 s, then served
// stale for at most 1 s more while one request refreshes it (the others need not reach the app),
// a copy is never 5 s old. Browsers keep none: their copy's age would add to the proxy's.
const SHARED_STALE_SECONDS = 1;
const CACHE = `public, max-age=0, s-maxage=${LIVE_ANSWER_MAX_AGE_MS / 1000 - 1 - SHARED_STALE_SECONDS}, stale-while-revalidate=${SHARED_STALE_SECONDS}`;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const after = new URL(request.url).searchParams.get('sau') ?? '0';
  if (!Number.isSafeInteger(id) || id <= 0 || !/^\d{1,12}$/.test(after)) {
    return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': CACHE } });
  }
  const changes = getLiveChanges(id, Number(after));
  if (!changes) return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': CACHE } });
  const answer: LivePoll = {
    seq: changes.changeSeq,
    ended: changes.endedAt !== null,
    posts: changes.posts.map((post) => ({ id: post.id, html: renderStaticMarkup(createElement(LivePostView, { post })) })),
    removed: changes.removed,
  };
  return Response.json(answer, { headers: { 'Cache-Control': CACHE } });
}
