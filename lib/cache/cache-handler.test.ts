import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { announceTagExpiry, cacheKeys, cacheNamespace } from './shared-cache.mjs';

// A real redis-server on a free loopback port (apt: redis-server; .ci/run installs it). This test
// file is one app process; the test's own Redis client stands for the others.
const FileSystemCacheClass = (FileSystemCacheModule as unknown as { default?: unknown }).default ?? FileSystemCacheModule;
const FileSystemCache = FileSystemCacheClass as {
  memoryCache?: { remove(key: string): void; get(key: string): { lastModified: number } | undefined };
};
type Handler = {
  get(key: string, ctx: object): Promise<{ lastModified: number; value: { kind: string; data?: unknown } } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-handler-test-'));
fs.writeFileSync(path.join(dir, 'BUILD_ID'), 'test-build');
const handlerContext = { fs: {}, serverDistDir: path.join(dir, 'server'), flushToDisk: false, maxMemoryCacheSize: 10_000_000, revalidatedTags: [], _requestHeaders: {} };
const namespace = cacheNamespace();
const keys = cacheKeys(namespace);

let port = 0;
let redisServer: ChildProcess | null = null;
let other: ReturnType<typeof createClient>;
let handler: Handler;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<void> {
  redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  await vi.waitFor(() => new Promise<void>((resolve, reject) => net.connect(port, '127.0.0.1').on('connect', function (this: net.Socket) { this.destroy(); resolve(); }).on('error', reject)), { timeout: 5_000, interval: 50 });
}

async function stopRedis(): Promise<void> {
  const exited = new Promise((resolve) => redisServer?.once('exit', resolve));
  redisServer?.kill('SIGKILL');
  await exited;
}

const fetchEntry = (tags: string[], body: string) => ({
  kind: 'FETCH',
  data: { headers: {}, body, status: 200, url: '' },
  revalidate: 300,
  tags,
});
const fetchContext = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: [], revalidate: 300 });

async function announceFromAnotherProcess(tag: string): Promise<void> {
  const now = Date.now();
  const expiries = { [tag]: { stale: now, expired: now } };
  await announceTagExpiry(other as never, namespace, expiries, { origin: 'another-process', at: now, expiries });
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  const Handler = (await import('./cache-handler.mjs')).default as unknown as new (ctx: object) => Handler;
  handler = new Handler(handlerContext);
  // Connected before any test, so each one also passes alone (-t): a handler not yet connected
  // keeps what it renders to itself. Its first read opens the connection.
  await handler.get('not-stored', fetchContext([]));
  await vi.waitFor(() => expect((globalThis as Record<symbol, { client: { isReady: boolean } } | undefined>)[Symbol.for('toa-soan.shared-cache')]?.client.isReady).toBe(true), { timeout: 5_000, interval: 20 });
  other = createClient({ url: process.env.REDIS_URL, socket: { reconnectStrategy: () => 100 } });
  // Redis is stopped in a test below: the client reconnects instead of failing the run.
  other.on('error', () => {});
  await other.connect();
});

afterAll(async () => {
  other?.destroy();
  redisServer?.kill('SIGKILL');
  delete process.env.REDIS_URL;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the shared cache handler', () => {
  it('reads the build id from disk once, not for each of the handlers Next makes per request', () => {
    const HandlerClass = handler.constructor as new (ctx: object) => Handler & { buildId: string };
    const reads = vi.spyOn(fs, 'readFileSync');
    try {
      const handlers = [1, 2, 3].map(() => new HandlerClass(handlerContext));
      expect(handlers.map((made) => made.buildId)).toEqual(Array(3).fill((handler as unknown as { buildId: string }).buildId));
      expect(reads.mock.calls.filter(([file]) => String(file).endsWith('BUILD_ID'))).toEqual([]);
    } finally {
      reads.mockRestore();
    }
  });

  it('is Next’s own default handler when REDIS_URL is not set, with entries as old as their render’s start', async () => {
    const url = process.env.REDIS_URL;
    delete process.env.REDIS_URL;
    vi.resetModules();
    const { default: Unset } = await import('./cache-handler.mjs');
    process.env.REDIS_URL = url;
    expect(Object.getPrototypeOf(Unset)).toBe(FileSystemCacheClass);
    const local = new (Unset as unknown as new (ctx: object) => Handler)(handlerContext);
    // A reader's request misses and its render reads the data; a publish in this process expires
    // the tag before that render is stored.
    expect(await local.get('local-front', fetchContext(['front:local']))).toBeNull();
    // Times are in milliseconds, and an expiry in the render's own millisecond counts as before it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await local.revalidateTag(['front:local'], { expire: 0 });
    await local.set('local-front', fetchEntry(['front:local'], 'read before the publish'), { fetchCache: true, tags: ['front:local'] });
    await vi.waitFor(async () => expect(await local.get('local-front', fetchContext(['front:local']))).toBeNull(), { timeout: 1_000, interval: 10 });
    // Rendered again after it, it is kept.
    await local.set('local-front', fetchEntry(['front:local'], 'read after the publish'), { fetchCache: true, tags: ['front:local'] });
    expect((await local.get('local-front', fetchContext(['front:local'])))?.value.data).toMatchObject({ body: 'read after the publish' });
  });

  it('takes an entry to be as old as its render’s start: an expiry from another process that arrives while it renders expires it, here and in Redis', async () => {
    expect(await handler.get('slow-front', fetchContext(['front:slow']))).toBeNull();
    const renderStarted = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await announceFromAnotherProcess('front:slow');
    await vi.waitFor(() => expect(tagsManifest.get('front:slow')?.expired).toBeGreaterThan(renderStarted), { timeout: 1_000, interval: 10 });
    await handler.set('slow-front', fetchEntry(['front:slow'], 'read before the publish'), { fetchCache: true, tags: ['front:slow'] });
    await vi.waitFor(async () => expect(await handler.get('slow-front', fetchContext(['front:slow']))).toBeNull(), { timeout: 1_000, interval: 10 });
    // The copy other processes take is stamped the same way.
    await vi.waitFor(async () => expect(await other.exists(keys.entry('test-build', 'slow-front'))).toBe(1));
    const copy = JSON.parse((await other.get(keys.entry('test-build', 'slow-front')))!) as { lastModified: number };
    expect(copy.lastModified).toBeLessThanOrEqual(renderStarted);

    // Rendered again after the expiry (the miss above began it), it is kept.
    await handler.set('slow-front', fetchEntry(['front:slow'], 'read after the publish'), { fetchCache: true, tags: ['front:slow'] });
    expect((await handler.get('slow-front', fetchContext(['front:slow'])))?.value.data).toMatchObject({ body: 'read after the publish' });
  });

  it('drops an entry within a second of another process expiring one of its tags', async () => {
    await handler.set('listing', fetchEntry(['listings'], 'old front'), { fetchCache: true, tags: ['listings'] });
    expect((await handler.get('listing', fetchContext(['listings'])))?.value.data).toMatchObject({ body: 'old front' });
    const announcedAt = Date.now();
    await announceFromAnotherProcess('listings');
    await vi.waitFor(async () => expect(await handler.get('listing', fetchContext(['listings']))).toBeNull(), { timeout: 1_000, interval: 10 });
    expect(Date.now() - announcedAt).toBeLessThan(1_000);
  });

  it('serves what another process rendered from Redis, until a tag expires after it', async () => {
    await handler.set('article', fetchEntry(['article:7'], 'rendered once'), { fetchCache: true, tags: ['article:7'] });
    const renderedAt = FileSystemCache.memoryCache?.get('article')?.lastModified;
    await vi.waitFor(async () => expect(await other.exists(keys.entry('test-build', 'article'))).toBe(1));
    // This process never rendered it: only Redis has it.
    FileSystemCache.memoryCache?.remove('article');
    const shared = await handler.get('article', fetchContext(['article:7']));
    expect(shared?.value.data).toMatchObject({ body: 'rendered once' });
    expect(shared?.lastModified).toBe(renderedAt);

    FileSystemCache.memoryCache?.remove('article');
    await announceFromAnotherProcess('article:7');
    await vi.waitFor(async () => expect(await handler.get('article', fetchContext(['article:7']))).toBeNull(), { timeout: 1_000, interval: 10 });
  });

  it('keeps a page’s binary parts (RSC payload, segments) through Redis', async () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<p>Trang chủ</p>',
      rscData: Buffer.from([0, 1, 2, 255]),
      segmentData: new Map([['/_tree', Buffer.from('cây')]]),
      // As Node gives response headers: an object without a prototype.
      headers: Object.assign(Object.create(null) as Record<string, string>, { 'x-next-cache-tags': '_N_T_/layout,listings' }),
      status: 200,
      postponed: undefined,
    };
    // Encoded without Buffer#toJSON, which spells a payload out as an array of numbers.
    const toJSON = vi.spyOn(Buffer.prototype, 'toJSON');
    await handler.set('/index', page, { cacheControl: { revalidate: 300, expire: 31_536_000 } });
    expect(toJSON).not.toHaveBeenCalled();
    toJSON.mockRestore();
    await vi.waitFor(async () => expect(await other.exists(keys.entry('test-build', '/index'))).toBe(1));
    FileSystemCache.memoryCache?.remove('/index');
    const shared = (await handler.get('/index', { kind: 'APP_PAGE' })) as unknown as { value: typeof page; cacheControl: unknown } | null;
    expect(shared?.value.rscData).toEqual(page.rscData);
    expect(shared?.value.segmentData).toEqual(page.segmentData);
    expect({ ...shared?.value.headers }).toEqual({ ...page.headers });
    expect(shared?.cacheControl).toEqual({ revalidate: 300, expire: 31_536_000 });
  });

  it('announces its own expiries to the other processes, and records them for those that start later', async () => {
    const subscriber = other.duplicate();
    await subscriber.connect();
    const messages: string[] = [];
    await subscriber.subscribe(keys.channel, (message) => void messages.push(message));
    await handler.revalidateTag(['section:3'], { expire: 0 });
    await vi.waitFor(() => expect(messages.map((message) => Object.keys(JSON.parse(message).expiries)).flat()).toContain('section:3'));
    expect(JSON.parse((await other.hGet(keys.tags, 'section:3')) ?? '{}').expired).toBeGreaterThan(Date.now() - 5_000);
    subscriber.destroy();
  });

  it('with Redis down serves and expires from its own memory at once, and announces those expiries when Redis is back', async () => {
    await stopRedis();
    const started = Date.now();
    await handler.set('tag-page', fetchEntry(['tag:9'], 'local only'), { fetchCache: true, tags: ['tag:9'] });
    expect((await handler.get('tag-page', fetchContext(['tag:9'])))?.value.data).toMatchObject({ body: 'local only' });
    FileSystemCache.memoryCache?.remove('tag-page');
    expect(await handler.get('tag-page', fetchContext(['tag:9']))).toBeNull();
    await handler.revalidateTag(['tag:9'], { expire: 0 });
    expect(Date.now() - started).toBeLessThan(500);

    await startRedis();
    await vi.waitFor(async () => {
      if (!other.isReady) return Promise.reject(new Error('reconnecting'));
      expect(await other.hGet(keys.tags, 'tag:9')).not.toBeNull();
    }, { timeout: 8_000, interval: 100 });
  });

  it('an announcement that failed on a connection that stays up is made again, with no other expiry or reconnection', async () => {
    await vi.waitFor(() => expect(other.isReady).toBe(true), { timeout: 8_000 });
    // Refused, as a command node-redis drops unsent would be lost: the connection stays as it was.
    await other.sendCommand(['ACL', 'SETUSER', 'default', '-hset']);
    try {
      await handler.revalidateTag(['tag:15'], { expire: 0 });
      expect(await other.hGet(keys.tags, 'tag:15')).toBeNull();
    } finally {
      await other.sendCommand(['ACL', 'SETUSER', 'default', '+hset']);
    }
    await vi.waitFor(async () => expect(await other.hGet(keys.tags, 'tag:15')).not.toBeNull(), { timeout: 5_000, interval: 100 });
  });

  it('a process held up past the bound by its own work does not take the answer waiting for it as none', { timeout: 20_000 }, async () => {
    await vi.waitFor(() => expect(other.isReady).toBe(true), { timeout: 8_000 });
    const logged = vi.spyOn(console, 'error');
    try {
      // Redis holds the announcement for a second, so that its answer comes while this process
      // is busy (a long render on loaded cores), past both timers.
      await other.sendCommand(['CLIENT', 'PAUSE', '1000', 'ALL']);
      const announced = handler.revalidateTag(['tag:14'], { expire: 0 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Busy from a setImmediate, as a request's work is: the timers are next, then the sockets.
      await new Promise((resolve) => setImmediate(resolve));
      const busyUntil = Date.now() + 5_500;
      while (Date.now() < busyUntil);
      await announced;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(logged.mock.calls.flat().join('\n')).not.toContain('no answer within');
      expect(await other.hGet(keys.tags, 'tag:14')).not.toBeNull();
    } finally {
      logged.mockRestore();
    }
  });

  it('a Redis that takes commands and does not answer holds no reader and no publish, and its connection is replaced', { timeout: 20_000 }, async () => {
    await vi.waitFor(() => expect(other.isReady).toBe(true), { timeout: 8_000 });
    await handler.set('paused', fetchEntry(['tag:11'], 'from Redis'), { fetchCache: true, tags: ['tag:11'] });
    await vi.waitFor(async () => expect(await other.exists(keys.entry('test-build', 'paused'))).toBe(1));
    FileSystemCache.memoryCache?.remove('paused');
    // Every client's commands are taken and left unanswered for 6 s: node-redis's own timeout
    // does not cover a command already sent.
    await other.sendCommand(['CLIENT', 'PAUSE', '6000', 'ALL']);
    const started = Date.now();
    expect(await handler.get('paused', fetchContext(['tag:11']))).toBeNull();
    // Nor a publish: its expiry waits to be announced, the editor does not.
    await handler.revalidateTag(['tag:12'], { expire: 0 });
    expect(Date.now() - started).toBeLessThan(1_000);
    // Replaced after 5 s without an answer; once Redis answers again, so does the new connection,
    // and the expiry held back reaches the others.
    await vi.waitFor(async () => expect(await other.hGet(keys.tags, 'tag:12')).not.toBeNull(), { timeout: 15_000, interval: 500 });
    await vi.waitFor(
      async () => {
        await handler.revalidateTag(['tag:13'], { expire: 0 });
        expect(await other.hGet(keys.tags, 'tag:13')).not.toBeNull();
      },
      { timeout: 15_000, interval: 500 },
    );
  });
});
