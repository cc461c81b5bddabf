import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { E2E_BASE_URL, E2E_DIR } from '../helpers/env';

// Images and requests shared by the photo library specs.

export const MEDIA_DIR = path.join(E2E_DIR, 'media');
export const ORIGIN = { Origin: E2E_BASE_URL };

/** A camera-like JPEG: detailed content (several MB at 12 MP), EXIF orientation 6 and GPS coordinates. */
export async function cameraJpeg(width: number, height: number): Promise<Buffer> {
  // Random pixels upscaled: photo-sized files without waiting for full-resolution noise.
  const raw = crypto.randomBytes(Math.ceil(width / 4) * Math.ceil(height / 4) * 3);
  return sharp(raw, { raw: { width: Math.ceil(width / 4), height: Math.ceil(height / 4), channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'TestCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .toBuffer();
}

/** A small PNG. */
export function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 90, channels: 3, background: '#1e6b2e' } }).png().toBuffer();
}

/** True when EXIF carries a GPS IFD pointer (tag 0x8825, either byte order). */
export function hasGps(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

/** Every file under a folder, relative to it. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

export type UploadedMedia = { id: number; src: string; srcSet: string; width: number; height: number; alt: string; caption: string; credit: string };

/** Posts one file to the upload route as the browser's form would. */
export function postUpload(
  request: APIRequestContext,
  file: { name: string; mimeType: string; buffer: Buffer },
  fields: Record<string, string> = {},
  headers: Record<string, string> = ORIGIN,
) {
  return request.post('/api/uploads', { multipart: { file, ...fields }, headers, timeout: 60_000 });
}

/** The width descriptors of a srcset, in order. */
export function srcSetWidths(srcSet: string): number[] {
  return srcSet.split(',').map((candidate) => Number(candidate.trim().split(' ')[1]?.replace('w', '')));
}
