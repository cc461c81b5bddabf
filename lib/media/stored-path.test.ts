import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, newStoredPath, resolveStoredPath } from './stored-path';

const root = '/srv/media';
const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('newStoredPath', () => {
  it('names files by date and a random id only', () => {
    expect(newStoredPath('jpg', new Date('2026-11-25T03:00:00Z'), uuid)).toBe(`2026/11/${uuid}.jpg`);
    expect(newStoredPath('png')).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.png$/);
  });
});

describe('resolveStoredPath', () => {
  it('resolves our own names inside the media folder', () => {
    expect(resolveStoredPath(root, `2026/11/${uuid}.jpg`)).toBe(path.join(root, `2026/11/${uuid}.jpg`));
    expect(resolveStoredPath(root, `2026/11/${uuid}-640.webp`)).toBe(path.join(root, `2026/11/${uuid}-640.webp`));
    // An embed's poster (embed-thumbnails.ts).
    expect(resolveStoredPath(root, `embeds/${'a1'.repeat(16)}.webp`)).toBe(path.join(root, `embeds/${'a1'.repeat(16)}.webp`));
  });

  it('refuses traversal, absolute, encoded and foreign names', () => {
    for (const name of [
      '../../x.png',
      '../../../etc/passwd',
      `2026/11/../../../${uuid}.jpg`,
      `2026/../../${uuid}.jpg`,
      `/etc/${uuid}.jpg`,
      `2026\\11\\${uuid}.jpg`,
      `2026/11/${uuid}.jpg\0.png`,
      '%2e%2e/%2e%2e/x.png',
      `2026/11/${uuid}.svg`,
      `2026/11/${uuid}.html`,
      `2026/11/photo.jpg`,
      `embeds/${'a1'.repeat(16)}.jpg`,
      `embeds/${'a1'.repeat(15)}.webp`,
      `embeds/../${'a1'.repeat(16)}.webp`,
      '',
    ]) {
      expect(resolveStoredPath(root, name), name).toBeNull();
    }
  });
});

describe('contentTypeOf', () => {
  it('maps our extensions only', () => {
    expect(contentTypeOf(`2026/11/${uuid}-640.webp`)).toBe('image/webp');
    expect(contentTypeOf(`2026/11/${uuid}.avif`)).toBe('image/avif');
    expect(contentTypeOf('x.html')).toBeNull();
  });
});
