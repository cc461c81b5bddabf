// @ts-check
// The Redis side of the cache shared by several app processes (docs/decisions/0011-scale-out.md):
// key names, the connection, and how a tag expiry is announced. Plain JavaScript because Next
// loads the cache handler (./cache-handler.mjs) by path at run time, outside its build; the
// command-line tools (lib/cache/expire-from-outside.ts) use the same functions.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';

// No request may wait on Redis for longer than this: past it the process answers from its own memory.
export const REDIS_TIMEOUT_MS = 250;

/**
 * Names the database being served, not only its path: a restored or re-created file (a new inode)
 * starts a new namespace, so no process serves pages rendered from the database it replaced.
 * @param {string} databasePath
 */
export function cacheNamespace(databasePath = process.env.DATABASE_PATH || 'data/toasoan.db') {
  const file = path.resolve(/*turbopackIgnore: true*/ databasePath);
  let identity = file;
  try {
    const stat = fs.statSync(/*turbopackIgnore: true*/ file);
    identity += `:${stat.ino}:${Math.round(stat.birthtimeMs)}`;
  } catch {
    // Not created yet: the path alone.
  }
  return `toasoan:${crypto.createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
}

/**
 * Redis keys of one namespace: the expiry time of every tag, the channel announcing them, and entries.
 * @param {string} namespace
 */
export function cacheKeys(namespace) {
  return {
    tags: `${namespace}:tags`,
    channel: `${namespace}:expired-tags`,
    /** @param {string} buildId @param {string} key */
    entry: (buildId, key) => `${namespace}:${buildId}:entry:${key}`,
  };
}

/**
 * A Redis client that never makes a caller wait: commands fail at once while it is disconnected
 * (no offline queue) and after REDIS_TIMEOUT_MS when Redis hangs; it reconnects on its own.
 * @param {string} url
 */
export function createSharedCacheClient(url) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    commandOptions: { timeout: REDIS_TIMEOUT_MS },
  });
}

/**
 * @typedef {{ stale?: number, expired?: number }} TagExpiry
 * @typedef {{ origin: string, at: number, expiries: Record<string, TagExpiry> }} TagAnnouncement
 */

/**
 * Records tag expiries (kept for processes that start or reconnect later) and announces them to
 * the processes listening now, in one round trip.
 * @param {ReturnType<typeof createSharedCacheClient>} client
 * @param {string} namespace
 * @param {Record<string, TagExpiry>} expiries tag → times, as Next's tags manifest holds them
 * @param {TagAnnouncement} announcement
 */
export async function announceTagExpiry(client, namespace, expiries, announcement) {
  const keys = cacheKeys(namespace);
  const fields = Object.fromEntries(Object.entries(expiries).map(([tag, expiry]) => [tag, JSON.stringify(expiry)]));
  await client.multi().hSet(keys.tags, fields).publish(keys.channel, JSON.stringify(announcement)).exec();
}
