import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectImage } from './inspect';
import { makeImage, makePhoneJpeg, withJpegComment } from './test-images';
import { UPLOAD_MESSAGES } from './upload-error';

/** Rewrites a PNG's IHDR width and height (and its CRC), as a decompression bomb would claim. */
function withPngSize(png: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(png);
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  copy.writeUInt32BE(crc32(copy.subarray(12, 29)), 29);
  return copy;
}

describe('inspectImage', () => {
  it('accepts JPEG, PNG, WebP and AVIF and reports their size', async () => {
    for (const [format, type] of [
      ['jpeg', 'image/jpeg'],
      ['png', 'image/png'],
      ['webp', 'image/webp'],
      ['avif', 'image/avif'],
    ] as const) {
      await expect(inspectImage(await makeImage(format, 64, 48))).resolves.toEqual({ type, width: 64, height: 48 });
    }
  });

  it('reports the size readers will see: EXIF orientation 6 swaps the sides', async () => {
    await expect(inspectImage(await makePhoneJpeg(80, 60))).resolves.toMatchObject({ width: 60, height: 80 });
  });

  it('refuses an HTML page renamed .png, whatever the client declared', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
    await expect(inspectImage(html)).rejects.toMatchObject({ status: 415, message: UPLOAD_MESSAGES.markup });
  });

  it('refuses SVG, which can carry script', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    await expect(inspectImage(svg)).rejects.toMatchObject({ status: 415, message: UPLOAD_MESSAGES.markup });
  });

  it('refuses an image/HTML polyglot', async () => {
    const polyglot = withJpegComment(await makeImage('jpeg'), '<html><script>alert(1)</script></html>');
    await expect(inspectImage(polyglot)).rejects.toMatchObject({ status: 415 });
  });

  it('refuses PNG magic bytes followed by something else', async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really a png')]);
    await expect(inspectImage(fake)).rejects.toMatchObject({ status: 422 });
  });

  it('refuses GIF, TIFF and plain text with the list of accepted formats', async () => {
    for (const bytes of [await makeImage('gif'), await sharp(await makeImage('png')).tiff().toBuffer(), Buffer.from('hello')]) {
      await expect(inspectImage(bytes)).rejects.toMatchObject({ status: 415, message: UPLOAD_MESSAGES.notAnImage });
    }
  });

  it('refuses more than 50 megapixels from the header alone (a small file that inflates)', async () => {
    // A real PNG whose header claims 8000 × 7000 = 56 MP: a few hundred bytes on the wire.
    const bomb = withPngSize(await makeImage('png', 8, 7), 8000, 7000);
    expect(bomb.length).toBeLessThan(1024);
    await expect(inspectImage(bomb)).rejects.toMatchObject({ status: 413, message: UPLOAD_MESSAGES.tooManyPixels });
  });

  it('refuses an empty file', async () => {
    await expect(inspectImage(Buffer.alloc(0))).rejects.toMatchObject({ status: 400 });
  });
});
