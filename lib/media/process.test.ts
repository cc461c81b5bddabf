import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectImage } from './inspect';
import { processImage } from './process';
import { hasGpsPointer, makeImage, makePhoneJpeg } from './test-images';

describe('processImage', () => {
  it('applies EXIF orientation and strips every metadata block, GPS included', async () => {
    const phone = await makePhoneJpeg(80, 60);
    const before = await sharp(phone).metadata();
    expect(hasGpsPointer(before.exif)).toBe(true);

    const result = await processImage(phone, await inspectImage(phone));
    const after = await sharp(result.original).metadata();
    expect(after.format).toBe('jpeg');
    expect([after.width, after.height]).toEqual([60, 80]);
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    for (const variant of result.variants) expect((await sharp(variant.data).metadata()).exif).toBeUndefined();
  });

  it('cuts WebP variants at the standard widths, never wider than the photo', async () => {
    const jpeg = await makeImage('jpeg', 1000, 500);
    const result = await processImage(jpeg, await inspectImage(jpeg));
    expect(result.variants.map((v) => v.width)).toEqual([320, 640, 960, 1000]);
    for (const variant of result.variants) {
      const meta = await sharp(variant.data).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(variant.width);
    }
  });

  it('keeps the original format: PNG stays PNG, AVIF stays AVIF', async () => {
    const png = await makeImage('png', 40, 30);
    expect((await processImage(png, await inspectImage(png))).extension).toBe('png');
    const avif = await makeImage('avif', 40, 30);
    const processed = await processImage(avif, await inspectImage(avif));
    expect(processed.type).toBe('image/avif');
    expect((await sharp(processed.original).metadata()).compression).toBe('av1');
  });

  it('refuses a file whose header is sound but whose pixels do not decode', async () => {
    const jpeg = await makeImage('jpeg', 400, 300);
    const inspected = await inspectImage(jpeg);
    const broken = Buffer.concat([jpeg.subarray(0, 700), Buffer.alloc(200, 0xff)]);
    await expect(processImage(broken, inspected)).rejects.toMatchObject({ status: 422 });
  });
});
