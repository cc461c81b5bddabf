import { describe, expect, it } from 'vitest';
import { focalCropRegion, focalKey, focalObjectPosition, parseFocalKey, roundFocal } from './focal';

describe('focalCropRegion', () => {
  const landscape = { width: 1600, height: 900 };
  const square = { width: 1200, height: 1200 };

  it('cuts the largest square of a landscape photo around the focal point', () => {
    expect(focalCropRegion(landscape, square, { x: 0.5, y: 0.5 })).toEqual({ left: 350, top: 0, width: 900, height: 900 });
    expect(focalCropRegion(landscape, square, { x: 0.6, y: 0.2 })).toEqual({ left: 510, top: 0, width: 900, height: 900 });
  });

  it('stops at the edges instead of leaving the photo', () => {
    expect(focalCropRegion(landscape, square, { x: 0, y: 0 })).toEqual({ left: 0, top: 0, width: 900, height: 900 });
    expect(focalCropRegion(landscape, square, { x: 1, y: 1 })).toEqual({ left: 700, top: 0, width: 900, height: 900 });
  });

  it('moves vertically on a portrait photo cut to 16:9', () => {
    const portrait = { width: 900, height: 1600 };
    const wide = { width: 900, height: 506 };
    expect(focalCropRegion(portrait, wide, { x: 0.5, y: 0.1 })).toEqual({ left: 0, top: 0, width: 900, height: 506 });
    expect(focalCropRegion(portrait, wide, { x: 0.5, y: 0.8 })).toEqual({ left: 0, top: 1027, width: 900, height: 506 });
    expect(focalCropRegion(portrait, wide, { x: 0.5, y: 1 })).toEqual({ left: 0, top: 1094, width: 900, height: 506 });
  });

  it('keeps the whole photo when it already has the crop’s shape', () => {
    expect(focalCropRegion({ width: 1200, height: 900 }, { width: 1200, height: 900 }, { x: 0.9, y: 0.9 })).toEqual({
      left: 0,
      top: 0,
      width: 1200,
      height: 900,
    });
  });
});

describe('focal keys', () => {
  it('round-trips through the URL segment at thousandths', () => {
    expect(focalKey({ x: 0.3, y: 0.705 })).toBe('f300-705');
    expect(parseFocalKey('f300-705')).toEqual({ x: 0.3, y: 0.705 });
    expect(focalKey(null)).toBe('');
  });

  it('refuses segments that are not a focal point in range', () => {
    for (const segment of ['f1001-5', 'f-1-5', 'x300-700', 'f300', '2026', 'f300-700.jpg']) expect(parseFocalKey(segment)).toBeNull();
  });

  it('clamps and rounds what the browser sends', () => {
    expect(roundFocal(-0.2)).toBe(0);
    expect(roundFocal(1.7)).toBe(1);
    expect(roundFocal(0.12345)).toBe(0.123);
  });

  it('places a card photo by its focal point, centred when unset', () => {
    expect(focalObjectPosition({ x: 0.25, y: 0.8 })).toBe('25.0% 80.0%');
    expect(focalObjectPosition(null)).toBeUndefined();
  });
});
