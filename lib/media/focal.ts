// A photo's focal point: the spot every crop and card keeps in frame, as fractions of the upright
// photo's width and height (0..1 from the top-left). Stored rounded to thousandths so that the
// crop URL, which names it, reads back exactly what the database holds.

export type FocalPoint = { x: number; y: number };

const STEPS = 1000;

/** A fraction clamped to 0..1 and rounded to thousandths. */
export function roundFocal(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * STEPS) / STEPS;
}

/** The focal point stored in two nullable columns; null unless both are set. */
export function focalFrom(x: number | null, y: number | null): FocalPoint | null {
  return x === null || y === null ? null : { x, y };
}

export function sameFocal(a: FocalPoint | null, b: FocalPoint | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);
}

/** The URL and file-name segment of a focal point: "f300-700"; '' when unset (the attention crop). */
export function focalKey(focal: FocalPoint | null): string {
  return focal ? `f${Math.round(focal.x * STEPS)}-${Math.round(focal.y * STEPS)}` : '';
}

const KEY = /^f(\d{1,4})-(\d{1,4})$/;

/** The focal point a segment names, or null when it is not one (or out of range). */
export function parseFocalKey(segment: string): FocalPoint | null {
  const match = KEY.exec(segment);
  if (!match) return null;
  const x = Number(match[1]);
  const y = Number(match[2]);
  return x <= STEPS && y <= STEPS ? { x: x / STEPS, y: y / STEPS } : null;
}

/** CSS object-position that keeps the focal point in a card's frame; undefined when unset (centre). */
export function focalObjectPosition(focal: FocalPoint | null | undefined): string | undefined {
  return focal ? `${(focal.x * 100).toFixed(1)}% ${(focal.y * 100).toFixed(1)}%` : undefined;
}

export type Region = { left: number; top: number; width: number; height: number };

/**
 * The largest region of a source image with the crop's aspect ratio, centred on the focal point as
 * far as the edges allow. Integer pixels, always inside the source.
 */
export function focalCropRegion(source: { width: number; height: number }, crop: { width: number; height: number }, focal: FocalPoint): Region {
  const aspect = crop.width / crop.height;
  const width = Math.max(1, Math.min(source.width, Math.round(source.height * aspect)));
  const height = Math.max(1, Math.min(source.height, Math.round(width / aspect)));
  const place = (size: number, span: number, at: number) => Math.min(span - size, Math.max(0, Math.round(at * span - size / 2)));
  return { left: place(width, source.width, focal.x), top: place(height, source.height, focal.y), width, height };
}
