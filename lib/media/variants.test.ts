import { describe, expect, it } from 'vitest';
import { cropFilePath, cropSourceWidth, mediaSrcSet, variantPath, variantWidths } from './variants';

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

describe('cover crop files', () => {
  it('sit beside the original as JPEG, named by ratio', () => {
    expect(cropFilePath('2026/11/0f8fad5b-d9cb-469f-a165-70867728950e.png', '16x9')).toBe('2026/11/0f8fad5b-d9cb-469f-a165-70867728950e-16x9.jpg');
    expect(cropFilePath('/srv/media/2026/11/a.jpg', '1x1')).toBe('/srv/media/2026/11/a-1x1.jpg');
    expect(cropFilePath('2026/11/a.jpg', '1x1', { x: 0.25, y: 0.8 })).toBe('2026/11/a-1x1-f250-800.jpg');
  });

  it('are cut from the narrowest variant that holds them, not from a 49 MP original', () => {
    expect(cropSourceWidth({ width: 8576, height: 5714 }, { width: 1200, height: 675 })).toBe(1280);
    // 1,280 px wide is only 853 px high: a square crop needs the 1,920 px variant.
    expect(cropSourceWidth({ width: 8576, height: 5714 }, { width: 1200, height: 1200 })).toBe(1920);
    // A photo no wider than 1,920 px has a full-size variant.
    expect(cropSourceWidth({ width: 1000, height: 800 }, { width: 1000, height: 750 })).toBe(1000);
  });

  it('fall back to the original when every variant is too short (a wide panorama)', () => {
    expect(cropSourceWidth({ width: 10_000, height: 1_000 }, { width: 1200, height: 675 })).toBeNull();
  });
});
