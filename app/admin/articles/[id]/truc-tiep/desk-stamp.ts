import type { LiveState } from '@/lib/data/live/coverage';

/**
 * What the live desk shows changes exactly when this does: every post, draft, approval, edit,
 * deletion, start and end takes the next number of the article's change counter
 * (lib/data/live/posts.ts, coverage.ts), and the article's status is the one other thing it says.
 */
export function liveDeskStamp(live: LiveState | null, articleStatus: string): string {
  return `${live?.changeSeq ?? 0}:${articleStatus}`;
}
