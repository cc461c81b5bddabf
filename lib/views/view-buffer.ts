// Reader views are counted in memory and written in batches, so reading never writes to the
// database on the render path and a burst of readers costs one small transaction per interval.

export const HOUR_MS = 3_600_000;
const MAX_SEEN_KEYS = 200_000;

export type ViewCounts = Map<string, number>; // `${articleId}:${hour}` → views

export class ViewBuffer {
  private counts: ViewCounts = new Map();
  // One view per visitor per article per hour: reloads and scripted repeats do not inflate counts.
  private seen = new Set<string>();
  private seenHour = 0;

  /** Records a view; returns false when the same visitor already counted this hour. */
  add(articleId: number, visitorKey: string, now = Date.now()): boolean {
    const hour = Math.floor(now / HOUR_MS);
    if (hour !== this.seenHour || this.seen.size >= MAX_SEEN_KEYS) {
      this.seen = new Set();
      this.seenHour = hour;
    }
    const visit = `${visitorKey}:${articleId}`;
    if (this.seen.has(visit)) return false;
    this.seen.add(visit);
    const key = `${articleId}:${hour}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return true;
  }

  get pending(): number {
    return this.counts.size;
  }

  /** Hands over everything counted so far and starts a new batch. */
  drain(): { articleId: number; hour: number; views: number }[] {
    const batch = [...this.counts].map(([key, views]) => {
      const [articleId, hour] = key.split(':').map(Number) as [number, number];
      return { articleId, hour, views };
    });
    this.counts = new Map();
    return batch;
  }
}
