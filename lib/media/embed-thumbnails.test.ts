import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleBody } from '@/lib/article-body/schema';

// Embed posters against a local server standing in for the platforms (no internet here, and none
// needed): oEmbed answers, images, and every way a fetch must come to nothing.

type Module = typeof import('./embed-thumbnails');
let thumbnails: Module;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-embeds-'));
let base = '';
let server: http.Server;
const requests: string[] = [];

const OEMBED: Record<string, (base: string) => { title?: string; thumbnail_url?: string }> = {
  okVideo0001: (b) => ({ title: 'Lễ hội cà phê Buôn Ma Thuột', thumbnail_url: `${b}/img/ok.jpg` }),
  slowVideo01: (b) => ({ title: 'Chậm', thumbnail_url: `${b}/img/slow.jpg` }),
  htmlImage01: (b) => ({ title: 'Trang HTML', thumbnail_url: `${b}/img/page.html` }),
  fakeImage01: (b) => ({ title: 'Ảnh giả', thumbnail_url: `${b}/img/fake.jpg` }),
  bigImage001: (b) => ({ title: 'Ảnh lớn', thumbnail_url: `${b}/img/big.jpg` }),
  bigChunked1: (b) => ({ title: 'Ảnh lớn không báo cỡ', thumbnail_url: `${b}/img/big-chunked.jpg` }),
  otherHost01: () => ({ title: 'Máy chủ khác', thumbnail_url: 'https://evil.example/x.jpg' }),
  redirect001: (b) => ({ title: 'Chuyển hướng', thumbnail_url: `${b}/img/redirect.jpg` }),
};

let okJpeg: Buffer;
let bigJpeg: Buffer;

beforeAll(async () => {
  okJpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#8b1a1a' } }).jpeg().toBuffer();
  // Noise does not compress: well over the 20 KB limit below.
  const noise = Buffer.from(Array.from({ length: 400 * 400 * 3 }, (_, i) => (i * 7919) % 251));
  bigJpeg = await sharp(noise, { raw: { width: 400, height: 400, channels: 3 } }).jpeg({ quality: 100 }).toBuffer();
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://local');
    requests.push(url.pathname);
    if (url.pathname === '/youtube/oembed') {
      const id = new URL(url.searchParams.get('url')!).searchParams.get('v')!;
      const answer = OEMBED[id];
      if (!answer) return void res.writeHead(404).end();
      const send = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(base)));
      return void (id === 'slowVideo01' ? setTimeout(send, 2000) : send());
    }
    if (url.pathname === '/img/ok.jpg') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(okJpeg);
    if (url.pathname === '/img/page.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    if (url.pathname === '/img/fake.jpg') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<svg onload=alert(1)>');
    if (url.pathname === '/img/big.jpg') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(bigJpeg);
    if (url.pathname === '/img/big-chunked.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'transfer-encoding': 'chunked' });
      res.write(bigJpeg.subarray(0, 10_000));
      return void res.end(bigJpeg.subarray(10_000));
    }
    if (url.pathname === '/img/redirect.jpg') return void res.writeHead(302, { location: '/img/ok.jpg' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.resetModules();
  vi.stubEnv('MEDIA_DIR', mediaDir);
  thumbnails = await import('./embed-thumbnails');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const config = () => ({ ...thumbnails.stubOembed(base), timeoutMs: 500, maxImageBytes: 20_000 });
const youtube = (id: string, title = '') => ({
  type: 'embed' as const,
  attrs: { provider: 'youtube' as const, url: `https://www.youtube.com/watch?v=${id}`, title },
});
const doc = (...content: ArticleBody['content']): ArticleBody => ({ type: 'doc', content });

describe('embed thumbnails', () => {
  it('stores the platform’s thumbnail as a small WebP named by the URL, takes its title when the writer left none, and reuses it without asking again', async () => {
    const body = doc(youtube('okVideo0001'), { type: 'paragraph', content: [{ type: 'text', text: 'Chữ.' }] });
    const saved = await thumbnails.withEmbedThumbnails(body, config());
    const stored = thumbnails.embedThumbnailPath('https://www.youtube.com/watch?v=okVideo0001');
    expect(stored).toMatch(/^embeds\/[0-9a-f]{32}\.webp$/);
    expect(saved.content[0]).toEqual({
      type: 'embed',
      attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=okVideo0001', title: 'Lễ hội cà phê Buôn Ma Thuột', thumbnail: stored },
    });
    expect(saved.content[1]).toBe(body.content[1]);
    const meta = await sharp(path.join(mediaDir, stored)).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 480, height: 270 });

    // The writer's own title stays; the file on disk answers without a request.
    const before = requests.length;
    const again = await thumbnails.withEmbedThumbnails(doc(youtube('okVideo0001', 'Tựa của phóng viên')), config());
    expect(again.content[0]).toMatchObject({ attrs: { title: 'Tựa của phóng viên', thumbnail: stored } });
    expect(requests.length).toBe(before);
  });

  it('leaves the embed without a poster, and the body otherwise as it was, when the answer is slow, not an image, too big, elsewhere or a redirect', async () => {
    const failing = ['slowVideo01', 'htmlImage01', 'fakeImage01', 'bigImage001', 'bigChunked1', 'otherHost01', 'redirect001', 'unknown0001'];
    const body = doc(...failing.map((id) => youtube(id)));
    const started = Date.now();
    const saved = await thumbnails.withEmbedThumbnails(body, config());
    // Each within the timeout, side by side.
    expect(Date.now() - started).toBeLessThan(1800);
    expect(saved).toEqual(body);
    for (const id of failing) {
      expect(fs.existsSync(path.join(mediaDir, thumbnails.embedThumbnailPath(`https://www.youtube.com/watch?v=${id}`)))).toBe(false);
    }
    // Neither the redirect's target nor a foreign host was fetched.
    expect(requests.filter((p) => p === '/img/redirect.jpg')).toHaveLength(1);
    expect(requests.filter((p) => p === '/img/ok.jpg')).toHaveLength(1);

    // A platform that failed is not asked again at once (autosaves stay quick).
    const before = requests.length;
    await thumbnails.withEmbedThumbnails(doc(youtube('htmlImage01')), config());
    expect(requests.length).toBe(before);
  });

  it('asks only the platforms with a key-less oEmbed, and only their own image hosts', () => {
    const { imageAllowed, endpoints } = thumbnails.PLATFORM_OEMBED;
    expect(Object.keys(endpoints).sort()).toEqual(['tiktok', 'youtube']);
    expect(imageAllowed('youtube', new URL('https://i.ytimg.com/vi/abc/hqdefault.jpg'))).toBe(true);
    expect(imageAllowed('youtube', new URL('http://i.ytimg.com/vi/abc/hqdefault.jpg'))).toBe(false);
    expect(imageAllowed('youtube', new URL('https://i.ytimg.com.evil.example/x.jpg'))).toBe(false);
    expect(imageAllowed('youtube', new URL('https://p16-sign.tiktokcdn.com/x.jpeg'))).toBe(false);
    expect(imageAllowed('tiktok', new URL('https://p16-sign-va.tiktokcdn.com/obj/x.jpeg'))).toBe(true);
    expect(imageAllowed('tiktok', new URL('https://tiktokcdn.com.evil.example/x.jpeg'))).toBe(false);
  });
});
