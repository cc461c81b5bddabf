// Next's cacheHandler (next.config.js): rendered pages and unstable_cache data.
//
// Without REDIS_URL this is Next's own default handler, everything in this process's memory, with
// one correction (RenderTimedCache): an entry is as old as its render's start. With REDIS_URL
// several app processes (npm run start:scaled) stay coherent and share their work
// (docs/decisions/0011-scale-out.md):
// - each process keeps Next's in-memory cache in front, so a cached page costs no round trip;
// - a tag expired anywhere (revalidateTag, updateTag, revalidatePath) is recorded in Redis and
//   published; every process applies it to its own tags manifest within milliseconds;
// - what a process renders is also stored in Redis, so another process that misses it locally
//   takes it from there instead of rendering it again (dropped if a tag expired after it);
// - Redis down or slow (REDIS_TIMEOUT_MS) never fails or holds a request: the process serves from
//   its own memory, keeps the expiries it could not announce and announces them once it can,
//   stamped with that moment, so whatever the others rendered meanwhile is expired too.
// A maintained package was considered (@fortedigital/nextjs-cache-handler 3.x): its in-memory
// layer is not told of another process's revalidateTag, and without it every cached page is a
// Redis read. 'use cache' is not used by this app, so `cacheHandlers` keeps Next's default.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { areTagsExpired, tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { announceTagExpiry, cacheKeys, cacheNamespace, createSharedCacheClient, REDIS_TIMEOUT_MS } from './shared-cache.mjs';

// Node hands over the CommonJS exports object, bundlers and Vitest its default export.
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

// Redis keeps an entry at most this long; Next decides its freshness from its own times and tags.
const ENTRY_TTL_SECONDS = 86_400;
// The first requests of a process wait this long at most for the tag times recorded in Redis.
const FIRST_SYNC_WAIT_MS = 4 * REDIS_TIMEOUT_MS;
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
// A command unanswered this long means a stuck connection, not a slow one: it is replaced.
const STUCK_AFTER_MS = 5_000;
// An announcement that failed on a working connection is tried again after this long.
const ANNOUNCE_RETRY_MS = 500;
const ORIGIN = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
const STATE = Symbol.for('toa-soan.shared-cache');

/** @param {'info' | 'warn' | 'error'} level @param {string} message @param {Record<string, unknown>} fields */
function log(level, message, fields = {}) {
  // lib/log.ts's format; that module is TypeScript, which Next does not compile for this file.
  console.error(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
}

/** @typedef {import('./shared-cache.mjs').TagExpiry} TagExpiry */

/**
 * Buffers and Maps (a page's RSC payload and segments) survive JSON as tagged objects. Tagged
 * before JSON.stringify sees them: a replacer gets a Buffer only after its toJSON has made it an
 * array of numbers, a call per byte (3 % of a cache-miss render's CPU in a profile on the corpus).
 */
function tagged(value) {
  if (Buffer.isBuffer(value)) return { $buffer: value.toString('base64') };
  if (value instanceof Map) return { $map: [...value].map(([key, item]) => [key, tagged(item)]) };
  if (Array.isArray(value)) return value.map(tagged);
  // Any other object JSON would walk (null-prototype headers too); a Date keeps its own toJSON.
  if (value && typeof value === 'object' && typeof value.toJSON !== 'function') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagged(item)]));
  }
  return value;
}

function encodeEntry(entry) {
  return JSON.stringify(tagged(entry));
}

function decodeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64');
    if (value && typeof value === 'object' && Array.isArray(value.$map)) return new Map(value.$map);
    return value;
  });
}

/** A tag expiry from elsewhere: the latest expiry replaces this process's, staleness only grows. */
function applyExpiry(tag, /** @type {TagExpiry} */ expiry) {
  const current = tagsManifest.get(tag) ?? {};
  tagsManifest.set(tag, {
    ...current,
    ...(expiry.stale !== undefined ? { stale: Math.max(current.stale ?? 0, expiry.stale) } : {}),
    ...(expiry.expired !== undefined ? { expired: expiry.expired } : {}),
  });
}

/** The times a revalidateTag call gives a tag (Next's FileSystemCache.revalidateTag, at `now`). */
function expiryAt(now, durations) {
  if (!durations) return { expired: now };
  return { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) };
}

function connect(url) {
  const namespace = cacheNamespace();
  const keys = cacheKeys(namespace);
  const client = createSharedCacheClient(url);
  const subscriber = client.duplicate();
  /** @type {Map<string, { expire?: number } | undefined>} tags expired here and not yet announced */
  const unannounced = new Map();
  let down = false;
  let firstSynced = () => {};
  const firstSync = new Promise((resolve) => {
    firstSynced = () => resolve(undefined);
    setTimeout(resolve, FIRST_SYNC_WAIT_MS).unref();
  });

  // Every tag time recorded while this process was away (or not yet started). Run after each
  // (re)subscription: what was announced before it is in the hash, what comes after arrives as a message.
  const syncRecordedTags = async () => {
    try {
      const recorded = await watched(client.hGetAll(keys.tags));
      for (const [tag, expiry] of Object.entries(recorded)) applyExpiry(tag, JSON.parse(expiry));
      firstSynced();
    } catch {
      // Retried on the next ready event.
    }
  };
  // node-redis's own timeout (REDIS_TIMEOUT_MS) only drops a command not yet sent: one sent on a
  // connection that then never answered held its request for good (a publish waited 2.5 min on
  // busy cores, until Redis went away). So a connection that leaves a command unanswered for
  // STUCK_AFTER_MS is replaced (its pending commands fail, an announcement is queued again for
  // the new connection), and a reader's read or a publish's announcement waits REDIS_TIMEOUT_MS at
  // most whatever Redis does.
  let replacing = false;
  const replace = () => {
    if (replacing || !client.isOpen) return;
    replacing = true;
    onError(new Error(`no answer within ${STUCK_AFTER_MS} ms`));
    client.destroy();
    client
      .connect()
      .catch(onError)
      .finally(() => (replacing = false));
  };
  /** @template T @param {Promise<T>} command @returns {Promise<T>} */
  const watched = (command) => {
    let settled = false;
    const done = () => (settled = true);
    command.then(done, done);
    // Judged after the event loop's next look at the sockets: when this process itself was held up
    // past STUCK_AFTER_MS (busy cores), the timer runs before the answer waiting to be read.
    const judge = () => settled || replace();
    setTimeout(() => settled || setImmediate(judge), STUCK_AFTER_MS).unref();
    return command;
  };
  /** @template T @param {Promise<T>} command @returns {Promise<T>} */
  const bounded = (command) => {
    watched(command);
    let timer;
    const late = new Promise((_, reject) => {
      const giveUp = () => reject(new Error(`shared cache: no answer within ${REDIS_TIMEOUT_MS} ms`));
      timer = setTimeout(() => setImmediate(giveUp), REDIS_TIMEOUT_MS);
    });
    return Promise.race([command, late]).finally(() => clearTimeout(timer));
  };

  /** @type {ReturnType<typeof setTimeout> | null} */
  let retry = null;
  const announce = async () => {
    if (!client.isReady || unannounced.size === 0) return;
    const now = Date.now();
    const batch = new Map(unannounced);
    unannounced.clear();
    const expiries = Object.fromEntries([...batch].map(([tag, durations]) => [tag, expiryAt(now, durations)]));
    try {
      await bounded(announceTagExpiry(client, namespace, expiries, { origin: ORIGIN, at: now, expiries }));
    } catch {
      // Unanswered so far, or refused: sent again shortly, with the next announcement, or on
      // reconnecting (should this copy still arrive, the tags only expire once more). Not only on
      // reconnecting: a command node-redis drops unsent (its timeout passed while this process was
      // busy) leaves the connection as it was, and the others would never hear of this expiry.
      for (const [tag, durations] of batch) if (!unannounced.has(tag)) unannounced.set(tag, durations);
      retry ??= setTimeout(() => {
        retry = null;
        void announce();
      }, ANNOUNCE_RETRY_MS).unref();
    }
  };

  const onMessage = (message) => {
    const { origin, at, expiries } = JSON.parse(message);
    if (origin === ORIGIN) return;
    // Shifted to the moment it arrives: a page this process finished rendering between the
    // announcement and now may have read the old data, and must expire too.
    const shift = Math.max(0, Date.now() - at);
    for (const [tag, expiry] of Object.entries(expiries)) {
      applyExpiry(tag, {
        ...(expiry.stale !== undefined ? { stale: expiry.stale + shift } : {}),
        ...(expiry.expired !== undefined ? { expired: expiry.expired + shift } : {}),
      });
    }
  };

  const onError = (error) => {
    if (down) return;
    down = true;
    log('warn', 'shared cache unavailable, serving from this process', { error: String(error?.message ?? error) });
  };
  client.on('error', onError);
  subscriber.on('error', onError);
  client.on('ready', () => {
    if (down) log('info', 'shared cache back');
    down = false;
    void announce().then(syncRecordedTags);
  });
  subscriber.on('ready', () => void syncRecordedTags());
  void client.connect().catch(onError);
  void subscriber
    .connect()
    .then(() => subscriber.subscribe(keys.channel, onMessage))
    .then(syncRecordedTags)
    .catch(onError);

  return { client, keys, firstSync, unannounced, announce, bounded, watched };
}

/** One connection pair per process, whichever bundle loads this file. */
function shared() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const holder = /** @type {{ [STATE]?: ReturnType<typeof connect> }} */ (globalThis);
  holder[STATE] ??= connect(url);
  return holder[STATE];
}

// Next makes a handler for every request (twice for a page), and a build's id never changes while
// a process serves it: read once per build folder, not from disk on every request (it was 3 % of
// the CPU a cached page cost).
const buildIds = new Map();
function readBuildId(serverDistDir) {
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(/*turbopackIgnore: true*/ serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      id = 'development';
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

/** The tags that decide whether an entry is still valid: a page's own header, or a data call's tags. */
function tagsOf(entry, ctx) {
  const header = entry.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  if (typeof header === 'string') return header.split(',');
  return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
}

// Cache key → when this process last found it missing or expired, that is when the render that
// follows began; one map per process, whichever bundle loads this file (as Next's memory cache
// is); bounded, since a miss need not end in a stored entry.
const RENDER_STARTS = Symbol.for('toa-soan.render-starts');
/** @type {Map<string, number>} */
const renderStarts = (/** @type {any} */ (globalThis)[RENDER_STARTS] ??= new Map());
const RENDER_STARTS_KEPT = 10_000;

/**
 * Next's handler stamps an entry with the moment it is stored. A render that read its data before
 * a publish, and finished after that publish expired its tags, was then stored as newer than the
 * expiry: the old page, served as fresh until its revalidate time (the home: 5 minutes). It takes
 * a render longer than the publish to happen, which loaded cores make seconds long (and another
 * process's expiry arrives later still: a 15 s miss in the scaled suite). Stamped with the start
 * of its render instead, such an entry is expired when stored, and the next request renders it
 * again; an entry whose render began after the expiry is kept as before. (A render Next starts in
 * the background, after serving an entry past its revalidate time, follows a hit, not a miss, and
 * is stamped when stored, as before: every expiry here is immediate, so only age starts those.)
 */
class RenderTimedCache extends FileSystemCache {
  async get(key, ctx) {
    const askedAt = Date.now();
    const entry = await super.get(key, ctx);
    if (!entry) {
      renderStarts.delete(key);
      renderStarts.set(key, askedAt);
      if (renderStarts.size > RENDER_STARTS_KEPT) renderStarts.delete(renderStarts.keys().next().value);
    }
    return entry;
  }

  async set(key, data, ctx) {
    const startedAt = renderStarts.get(key);
    renderStarts.delete(key);
    await super.set(key, data, ctx);
    // The stored object itself: putting a copy would have the LRU measure the page again.
    const stored = FileSystemCache.memoryCache?.get(key);
    if (stored && startedAt !== undefined && startedAt < stored.lastModified) stored.lastModified = startedAt;
  }
}

class SharedCacheHandler extends RenderTimedCache {
  constructor(ctx) {
    super(ctx);
    this.buildId = readBuildId(ctx.serverDistDir);
  }

  async get(key, ctx) {
    const redis = shared();
    if (redis) await redis.firstSync;
    const local = await super.get(key, ctx);
    if (local || !redis?.client.isReady) return local;
    let stored;
    try {
      stored = await redis.bounded(redis.client.get(redis.keys.entry(this.buildId, key)));
    } catch {
      return null;
    }
    if (!stored) return null;
    const entry = decodeEntry(stored);
    if (areTagsExpired(tagsOf(entry, ctx), entry.lastModified)) return null;
    FileSystemCache.memoryCache?.set(key, entry);
    // Taken from another process: no render follows here.
    renderStarts.delete(key);
    return entry;
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx);
    const redis = shared();
    if (!redis?.client.isReady || !data) return;
    const entry = {
      lastModified: FileSystemCache.memoryCache?.get(key)?.lastModified ?? Date.now(),
      value: data,
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
    };
    // Not awaited: the render is done and its readers need not wait for the copy.
    redis.watched(redis.client.set(redis.keys.entry(this.buildId, key), encodeEntry(entry), { EX: ENTRY_TTL_SECONDS })).catch(() => {});
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const redis = shared();
    if (!redis) return;
    for (const tag of typeof tags === 'string' ? [tags] : tags) redis.unannounced.set(tag, durations);
    await redis.announce();
  }
}

export default process.env.REDIS_URL ? SharedCacheHandler : RenderTimedCache;
