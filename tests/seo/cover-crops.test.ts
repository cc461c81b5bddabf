import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The crops the NewsArticle JSON-LD points to (app/anh), served from a throwaway media folder.

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-crops-'));
const stored = '2026/11/0f8fad5b-d9cb-469f-a165-70867728950e.jpg';
type Route = typeof import('@/app/anh/[ratio]/[...path]/route');
let GET: Route['GET'];
let removeStoredImage: typeof import('@/lib/media/storage')['removeStoredImage'];

/** Crops are cut only for photos in the library (the route reads the photo's focal point there). */
async function addToLibrary(file: string, width: number, height: number) {
  const { db } = await import('@/db');
  const { media } = await import('@/db/schema');
  db.insert(media).values({ path: file, width, height, mimeType: 'image/jpeg' }).run();
}

beforeAll(async () => {
  fs.mkdirSync(path.join(mediaDir, '2026/11'), { recursive: true });
  await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#8b0000' } }).jpeg().toFile(path.join(mediaDir, stored));
  await addToLibrary(stored, 2400, 1600);
  vi.resetModules();
  vi.stubEnv('MEDIA_DIR', mediaDir);
  ({ GET } = await import('@/app/anh/[ratio]/[...path]/route'));
  ({ removeStoredImage } = await import('@/lib/media/storage'));
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const get = (ratio: string, file: string, query = '') =>
  GET(new Request(`http://x/anh/${ratio}/${file}${query}`), { params: Promise.resolve({ ratio, path: file.split('/') }) });

const solid = (width: number, height: number, background: string) => sharp({ create: { width, height, channels: 3, background } });

describe('cover crops', () => {
  it.each([
    ['16x9', 1200, 675],
    ['4x3', 1200, 900],
    ['1x1', 1200, 1200],
  ])('serves a %s crop of %i×%i as a long-cached JPEG', async (ratio, width, height) => {
    const response = await get(ratio, stored);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toContain('immutable');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([width, height]);
  });

  it('refuses unknown ratios, foreign paths and missing files', async () => {
    expect((await get('2x1', stored)).status).toBe(404);
    expect((await get('16x9', '../../etc/passwd')).status).toBe(404);
    expect((await get('16x9', '2026/11/00000000-0000-0000-0000-000000000000.jpg')).status).toBe(404);
  });

  it('cuts a crop once, from a variant, however many ask at once and whatever the query string', async () => {
    // A large photo as uploads store it: the original (red) and its WebP variants (blue).
    const photo = '2026/11/1b4e28ba-2fa1-41d2-883f-0016d3cca427.jpg';
    await solid(4000, 3000, '#c00000').jpeg().toFile(path.join(mediaDir, photo));
    await addToLibrary(photo, 4000, 3000);
    for (const width of [1280, 1920]) await solid(width, (width * 3) / 4, '#0000c0').webp().toFile(path.join(mediaDir, photo.replace('.jpg', `-${width}.webp`)));
    const cuts = vi.spyOn(sharp.prototype, 'toFile');
    try {
      const first = await Promise.all(Array.from({ length: 20 }, (_, i) => get('16x9', photo, `?x=${i}&w=${i * 7}`)));
      expect(first.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(new Set(first.map((r) => r.headers.get('etag'))).size).toBe(1);
      expect(cuts).toHaveBeenCalledTimes(1);
      const crop = sharp(Buffer.from(await first[0]!.arrayBuffer()));
      expect(await crop.metadata()).toMatchObject({ width: 1200, height: 675 });
      const { dominant } = await crop.stats();
      expect(dominant.b).toBeGreaterThan(dominant.r);

      // Later requests stream the stored crop: the original is not even read.
      fs.rmSync(path.join(mediaDir, photo));
      const etag = first[0]!.headers.get('etag')!;
      const again = await get('16x9', photo, '?v=2');
      expect([again.status, again.headers.get('etag')]).toEqual([200, etag]);
      const revalidated = await GET(new Request(`http://x/anh/16x9/${photo}`, { headers: { 'If-None-Match': etag } }), {
        params: Promise.resolve({ ratio: '16x9', path: photo.split('/') }),
      });
      expect(revalidated.status).toBe(304);
      expect(cuts).toHaveBeenCalledTimes(1);

      // Deleting the photo deletes its crops.
      await removeStoredImage(photo, 4000);
      expect((await get('16x9', photo)).status).toBe(404);
    } finally {
      cuts.mockRestore();
    }
  });
});
