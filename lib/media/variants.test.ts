import { describe, expect, it } from 'vitest';
import { mediaSrcSet, variantPath, variantWidths } from './variants';

describe('variantWidths', () => {
  it('offers every standard width below a large photo, capped at 1920', () => {
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
  });

  it('never upscales: a narrower photo adds its own width instead', () => {
    expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(200)).toEqual([200]);
  });
});

describe('mediaSrcSet', () => {
  it('lists each variant URL with its width descriptor', () => {
    const path = '2026/11/0f8fad5b-d9cb-469f-a165-70867728950e.jpg';
    expect(variantPath(path, 640)).toBe('2026/11/0f8fad5b-d9cb-469f-a165-70867728950e-640.webp');
    expect(mediaSrcSet({ path, width: 700 })).toBe(
      '/media/2026/11/0f8fad5b-d9cb-469f-a165-70867728950e-320.webp 320w, ' +
        '/media/2026/11/0f8fad5b-d9cb-469f-a165-70867728950e-640.webp 640w, ' +
        '/media/2026/11/0f8fad5b-d9cb-469f-a165-70867728950e-700.webp 700w',
    );
  });
});
