import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// A command-line writer (npm run import -- --publish) tells the CDN's purge webhook what it
// changed, as the servers do after a newsroom change, whether or not a server was there to
// expire its own copies. Two local receivers: the CDN's webhook and a stand-in for the running
// server's /api/internal/cache-tags.
const secret = 'bí-mật-webhook-của-tòa-soạn-dài-hơn-32-ký-tự';
const purges: { body: string; signature: string | undefined }[] = [];
const serverCalls: string[] = [];

function listen(handle: (body: string, request: http.IncomingMessage) => void): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      handle(body, request);
      response.end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const portOf = (server: http.Server) => (server.address() as AddressInfo).port;

const CHANGED = ['PURGE_WEBHOOK_URL', 'PURGE_WEBHOOK_SECRET', 'AUTH_SECRET', 'REDIS_URL', 'PORT'] as const;
const saved = Object.fromEntries(CHANGED.map((name) => [name, process.env[name]]));
let webhook: http.Server;
let runningServer: http.Server;
let closedPort = 0;

beforeAll(async () => {
  webhook = await listen((body, request) => purges.push({ body, signature: request.headers['x-toasoan-signature'] as string | undefined }));
  runningServer = await listen((body, request) => serverCalls.push(`${request.url} ${body}`));
  const closed = await listen(() => {});
  closedPort = portOf(closed);
  await new Promise((resolve) => closed.close(resolve));
  process.env.PURGE_WEBHOOK_URL = `http://127.0.0.1:${portOf(webhook)}/purge`;
  process.env.PURGE_WEBHOOK_SECRET = secret;
  process.env.AUTH_SECRET ??= 'unit-test-secret-not-used-anywhere-else';
  delete process.env.REDIS_URL;
});
afterEach(() => {
  purges.length = 0;
  serverCalls.length = 0;
  vi.restoreAllMocks();
});
afterAll(async () => {
  for (const name of CHANGED) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await Promise.all([webhook, runningServer].map((server) => new Promise((resolve) => server.close(resolve))));
});

const load = async () => {
  const { expireCacheTagsFromOutside } = await import('./expire-from-outside');
  const { purgeSignature } = await import('@/lib/http/purge-webhook');
  return { expireCacheTagsFromOutside, purgeSignature };
};

describe('expireCacheTagsFromOutside', () => {
  it('with no server running, still posts the tags to the purge webhook, signed, and logs it', async () => {
    process.env.PORT = String(closedPort);
    const { expireCacheTagsFromOutside, purgeSignature } = await load();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await expireCacheTagsFromOutside(['article:5', 'listings', 'section:2'])).toBe('none');
    expect(purges).toHaveLength(1);
    const purge = purges[0]!;
    expect(JSON.parse(purge.body).tags).toEqual(['article:5', 'listings', 'section:2']);
    expect(purge.signature).toBe(purgeSignature(purge.body, secret));
    const lines = logged.mock.calls.map(([line]) => JSON.parse(String(line)) as { message: string; tags: string[] });
    expect(lines).toContainEqual(expect.objectContaining({ message: 'cdn purge sent', tags: ['article:5', 'listings', 'section:2'] }));
  });

  it('asks the running server to expire the tags, and tells the webhook the same tags', async () => {
    process.env.PORT = String(portOf(runningServer));
    const { expireCacheTagsFromOutside } = await load();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await expireCacheTagsFromOutside(['article:9', 'listings'])).toBe('server');
    expect(serverCalls).toEqual(['/api/internal/cache-tags {"tags":["article:9","listings"]}']);
    expect(purges.map((purge) => JSON.parse(purge.body).tags)).toEqual([['article:9', 'listings']]);
  });

  it('posts nothing when there is nothing to expire', async () => {
    const { expireCacheTagsFromOutside } = await load();
    expect(await expireCacheTagsFromOutside([])).toBe('none');
    expect(purges).toHaveLength(0);
  });
});
