import 'server-only';
import { addViewCounts } from '@/lib/data/views';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { ViewBuffer } from '@/lib/views/view-buffer';

const FLUSH_AT_PENDING = 1_000;

// One buffer per server process, kept on globalThis so module reloads in development share it.
const store = globalThis as unknown as { toaSoanViews?: { buffer: ViewBuffer; timer: NodeJS.Timeout } };

function flush(buffer: ViewBuffer): void {
  try {
    addViewCounts(buffer.drain());
  } catch (error) {
    // Counting must never take readers down; a lost batch of counts is the accepted cost.
    log('error', 'view count flush failed', {}, error);
  }
}

function recorder() {
  if (!store.toaSoanViews) {
    const buffer = new ViewBuffer();
    const timer = setInterval(() => flush(buffer), env.VIEWS_FLUSH_INTERVAL_MS);
    timer.unref();
    // On SIGTERM Next stops taking requests, finishes those it has, then exits: the last batch is
    // written then ('exit' runs synchronous work, which better-sqlite3 is). Exiting here at the
    // signal would cut those requests (an editor's save during a rolling restart).
    process.once('exit', () => flush(buffer));
    store.toaSoanViews = { buffer, timer };
  }
  return store.toaSoanViews;
}

/** Counts a reader's view (once per viewer and article an hour); written to the database within seconds, in a batch. */
export function recordView(articleId: number, viewerKey: string): void {
  const { buffer } = recorder();
  buffer.add(articleId, viewerKey);
  if (buffer.pending >= FLUSH_AT_PENDING) flush(buffer);
}
