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

beforeAll(async () => {
  fs.mkdirSync(path.join(mediaDir, '2026/11'), { recursive: true });
  await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#8b0000' } }).jpeg().toFile(path.join(mediaDir, stored));
  vi.resetModules();
  vi.stubEnv('MEDIA_DIR', mediaDir);
  ({ GET } = await import('@/app/anh/[ratio]/[...path]/route'));
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const get = (ratio: string, file: string) =>
  GET(new Request(`http://x/anh/${ratio}/${file}`), { params: Promise.resolve({ ratio, path: file.split('/') }) });

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
});
