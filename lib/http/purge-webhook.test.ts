import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { purgeCdnTags, purgeSignature, SIGNATURE_HEADER } from './purge-webhook';

// A local receiver standing in for the CDN: it answers each request with the next status queued.
const received: { body: string; signature: string | undefined }[] = [];
let answers: number[] = [];
let server: http.Server;
let url = '';
const secret = 'bí-mật-của-tòa-soạn-dài-hơn-32-ký-tự';

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, signature: request.headers[SIGNATURE_HEADER] as string | undefined });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  received.length = 0;
  answers = [];
  vi.restoreAllMocks();
});

const logLines = () => {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  return () => spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
};

describe('purgeCdnTags', () => {
  it('posts the tags once each, signed with the secret over the exact body, and logs it', async () => {
    const lines = logLines();
    const ok = await purgeCdnTags(['article:7', 'listings', 'section:2', 'article:7'], { target: { url, secret } });
    expect(ok).toBe(true);
    expect(received).toHaveLength(1);
    const [{ body, signature }] = received as [(typeof received)[number]];
    expect(JSON.parse(body).tags).toEqual(['article:7', 'listings', 'section:2']);
    expect(signature).toBe(purgeSignature(body, secret));
    expect(signature).not.toBe(purgeSignature(body, `${secret}x`));
    expect(lines()).toEqual([expect.objectContaining({ level: 'info', message: 'cdn purge sent', attempts: 1, status: 200 })]);
  });

  it('retries a failing endpoint after each delay, then succeeds with the same signed body', async () => {
    const lines = logLines();
    answers = [503, 429];
    expect(await purgeCdnTags(['event:3'], { target: { url, secret }, delays: [10, 20, 30] })).toBe(true);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
    expect(lines()).toEqual([expect.objectContaining({ message: 'cdn purge sent', attempts: 3 })]);
  });

  it('gives up after the last delay, and at once on a refusal that another try cannot change', async () => {
    const lines = logLines();
    answers = [500, 500, 500, 500, 500];
    expect(await purgeCdnTags(['tag:4'], { target: { url, secret }, delays: [5, 5] })).toBe(false);
    expect(received).toHaveLength(3);
    answers = [401];
    expect(await purgeCdnTags(['tag:4'], { target: { url, secret }, delays: [5, 5] })).toBe(false);
    expect(received).toHaveLength(4);
    expect(lines()).toEqual([
      expect.objectContaining({ level: 'error', message: 'cdn purge failed', attempts: 3, outcome: 'status 500' }),
      expect.objectContaining({ level: 'error', message: 'cdn purge failed', attempts: 1, outcome: 'status 401' }),
    ]);
  });

  it('retries when nothing listens, and does nothing without tags or configuration', async () => {
    const lines = logLines();
    const closed = 'http://127.0.0.1:9/purge';
    expect(await purgeCdnTags(['article:1'], { target: { url: closed, secret }, delays: [5] })).toBe(false);
    expect(lines()).toEqual([expect.objectContaining({ message: 'cdn purge failed', attempts: 2 })]);
    expect(await purgeCdnTags([], { target: { url, secret } })).toBe(false);
    expect(await purgeCdnTags(['article:1'])).toBe(false);
    expect(received).toHaveLength(0);
  });
});
