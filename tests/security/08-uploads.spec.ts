import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Battery, report } from './cases';
import { queryOne, staffSession } from './support';
import { makeImage, withJpegComment } from '../../lib/media/test-images';
import { E2E_BASE_URL, E2E_DIR, E2E_PORT } from '../../e2e/helpers/env';

// The upload route: content decides (never the name or the declared type), scripts never get in,
// names never choose where a file lands, and oversized bodies are cut off while streaming.

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>';
const HTML = '<!doctype html><html><body><script>alert(1)</script></body></html>';

/** Streams `bytes` of a multipart body to the upload route with a raw socket; resolves with the status and whether the server cut the upload short. */
function streamUpload(cookie: string, bytes: number, declareLength: boolean): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const boundary = 'x-security-suite';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const headers: Record<string, string | number> = { Cookie: cookie, Origin: E2E_BASE_URL, 'Content-Type': `multipart/form-data; boundary=${boundary}` };
    if (declareLength) headers['Content-Length'] = head.length + bytes;
    const req = http.request({ host: '127.0.0.1', port: E2E_PORT, path: '/api/uploads', method: 'POST', headers });
    let sent = 0;
    let done = false;
    req.on('response', (res) => {
      done = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: sent });
      req.destroy();
    });
    req.on('error', (error) => (done ? undefined : reject(error)));
    req.write(head);
    const chunk = Buffer.alloc(256 * 1024, 0xff);
    const pump = () => {
      while (!done && sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}

test('08 uploads: SVG, HTML and polyglots refused; names contained; oversized bodies cut off', async ({}, info) => {
  test.setTimeout(240_000);
  const battery = new Battery();
  const reporter = await staffSession('reporter', 'Phóng Viên Ảnh');
  const png = await makeImage('png');
  const jpeg = await makeImage('jpeg');
  const upload = (name: string, mimeType: string, buffer: Buffer) =>
    reporter.request.post('/api/uploads', { headers: { Origin: E2E_BASE_URL }, multipart: { file: { name, mimeType, buffer }, alt: 'thử' }, failOnStatusCode: false });

  const refusals: [string, string, Buffer][] = [
    ['anh.svg', 'image/svg+xml', Buffer.from(SVG)],
    ['anh.jpg', 'image/jpeg', Buffer.from(SVG)],
    ['trang.html', 'text/html', Buffer.from(HTML)],
    ['trang.png', 'image/png', Buffer.from(HTML)],
    ['gifar.gif', 'image/gif', Buffer.concat([Buffer.from('GIF89a'), Buffer.from(HTML)])],
    ['fake.jpg', 'image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(HTML)])],
    ['fake.png', 'image/png', Buffer.concat([png.subarray(0, 16), Buffer.from(HTML)])],
    ['script.js', 'application/javascript', Buffer.from('alert(1)')],
    ['x.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n<script>alert(1)</script>')],
    ['empty.png', 'image/png', Buffer.alloc(0)],
  ];
  for (const [name, type, body] of refusals) {
    const response = await upload(name, type, body);
    battery.check(response.status() >= 400 && response.status() < 500, `${name} (${type}): ${response.status()}`);
  }

  // Polyglots that are valid images: accepted only as re-encoded pixels, with the script gone.
  const polyglots: [string, Buffer][] = [
    ['comment.jpg', withJpegComment(jpeg, HTML)],
    ['trailer.png', Buffer.concat([png, Buffer.from(HTML)])],
  ];
  const traversal = ['../../../../../tmp/toasoan-pwn.png', '..\\..\\..\\toasoan-pwn.png', '/etc/passwd.png', 'a/../../b.png', '%2e%2e%2f%2e%2e%2fpwn.png', 'con.png', '\u0000.png', `${'a'.repeat(5000)}.png`];
  for (const [name, body] of [...polyglots, ...traversal.map((n) => [n, png] as [string, Buffer])]) {
    const response = await upload(name, 'image/png', body);
    battery.check(response.status() < 500, `${name}: ${response.status()}`);
    if (response.status() !== 201) continue;
    const { media } = (await response.json()) as { media: { id: number } };
    const stored = queryOne<{ path: string; mime_type: string }>('SELECT path, mime_type FROM media WHERE id = ?', media.id)!;
    battery.check(!stored.path.includes('..') && !path.isAbsolute(stored.path) && !stored.path.includes('\\'), `${name} stored as ${stored.path}`);
    battery.check(/^image\/(jpeg|png|webp|avif)$/.test(stored.mime_type), `${name} stored as ${stored.mime_type}`);
    const served = await reporter.request.get(`/media/${stored.path}`, { failOnStatusCode: false });
    const bytes = await served.body();
    battery.check(!bytes.includes(Buffer.from('<script')), `${name}: script survived re-encoding`);
    battery.check((served.headers()['content-type'] ?? '').startsWith('image/'), `${name} served as ${served.headers()['content-type']}`);
    battery.check(served.headers()['x-content-type-options'] === 'nosniff', `${name} served without nosniff`);
  }
  battery.check(!fs.existsSync('/tmp/toasoan-pwn.png') && !fs.existsSync(path.join(E2E_DIR, '..', 'toasoan-pwn.png')), 'a traversal name escaped the media folder');

  // 25 MB declared up front, and 30 MB streamed without a length: both refused mid-stream.
  const cookie = (await reporter.request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const cutOff: number[] = [];
  for (const [bytes, declared] of [[25 * 1024 * 1024, true], [30 * 1024 * 1024, false]] as const) {
    const { status, sentBytes } = await streamUpload(cookie, bytes, declared);
    battery.check(status === 413, `${bytes} bytes (${declared ? 'Content-Length' : 'chunked'}): ${status}`);
    cutOff.push(Math.round(sentBytes / 1024 / 1024));
    const alive = await reporter.request.get('/api/health', { failOnStatusCode: false });
    battery.check(alive.status() === 200, `server not answering after an oversized upload: ${alive.status()}`);
  }
  report(info, { tried: battery.tried, passed: battery.passed }, { 'refused kinds': refusals.length, 'MB sent before the 413': cutOff.join(' / ') });
  expect(battery.failures).toEqual([]);
  await reporter.request.dispose();
});
