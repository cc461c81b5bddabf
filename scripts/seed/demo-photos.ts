import { createMedia } from '@/lib/data/media';
import { inspectImage } from '@/lib/media/inspect';
import { processImage } from '@/lib/media/process';
import sharp from '@/lib/media/sharp';
import { writeProcessedImage } from '@/lib/media/storage';
import type { DemoArticle } from './demo-articles';

// Illustrations for the demo articles, so a fresh install's front page looks like a newspaper's.
// They are drawn, not photographed, and say so in their credit and alt text. Each is drawn from
// its article's position alone (same pictures on every install) and stored through the upload
// pipeline (re-encode, WebP variants, media row), like a photo an editor uploaded.

export const DEMO_PHOTO_CREDIT = 'Ảnh minh họa (demo)';
export type DemoPhoto = { mediaId: number };

// 1,200 px wide: the size Google asks of article images, and the largest crop we cut.
const WIDTH = 1200;
const HEIGHT = 675;

// Two colours per section: sky and ground of an abstract landscape.
const PALETTES: Record<string, [string, string]> = {
  'thoi-su': ['#274060', '#c9a227'],
  'quoc-phong-an-ninh': ['#3b4a2f', '#a3b18a'],
  'kinh-te': ['#1d3557', '#e9c46a'],
  'xa-hoi': ['#5e548e', '#f4a261'],
  'van-hoa': ['#7f1d1d', '#f2cc8f'],
  'the-thao': ['#14532d', '#84cc16'],
  'quoc-te': ['#0f172a', '#38bdf8'],
};

/** A small deterministic generator (mulberry32): the same article always gets the same picture. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function drawing(index: number, section: string): string {
  const [sky, ground] = PALETTES[section] ?? ['#333333', '#999999'];
  const random = randomFrom(index + 1);
  const circles = Array.from({ length: 5 }, () => {
    const r = 40 + random() * 160;
    return `<circle cx="${(random() * WIDTH).toFixed(0)}" cy="${(random() * HEIGHT * 0.6).toFixed(0)}" r="${r.toFixed(0)}" fill="#fff" fill-opacity="${(0.08 + random() * 0.2).toFixed(2)}"/>`;
  }).join('');
  const hills = [0.55, 0.68, 0.8].map((level, layer) => {
    const points = Array.from({ length: 9 }, (_, i) => `${(i * WIDTH) / 8},${(HEIGHT * (level + (random() - 0.5) * 0.12)).toFixed(0)}`);
    return `<polygon points="0,${HEIGHT} ${points.join(' ')} ${WIDTH},${HEIGHT}" fill="${ground}" fill-opacity="${0.45 + layer * 0.25}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="${random().toFixed(2)}" y2="1">
      <stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${ground}" stop-opacity="0.6"/>
    </linearGradient></defs>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${sky}"/><rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
    ${circles}${hills.join('')}
  </svg>`;
}

/** Draws one illustration and stores its files; the media row comes later, in article order. */
async function storeDrawing(article: DemoArticle, index: number) {
  const bytes = await sharp(Buffer.from(drawing(index, article.section))).jpeg({ quality: 85 }).toBuffer();
  const image = await processImage(bytes, await inspectImage(bytes));
  return { image, path: await writeProcessedImage(image) };
}

/** Draws and stores one illustration per demo article; media ids follow the articles' order. */
export async function saveDemoPhotos(articles: DemoArticle[]): Promise<DemoPhoto[]> {
  const stored = await Promise.all(articles.map(storeDrawing));
  return stored.map(({ image, path }, index) => {
    const topic = articles[index]!.tags[0] ?? articles[index]!.title;
    const { id } = createMedia({
      path,
      width: image.width,
      height: image.height,
      mimeType: image.type,
      bytes: image.original.length,
      alt: `Hình minh họa trừu tượng về ${topic}: đồi và vầng sáng, không phải ảnh chụp`,
      caption: `Minh họa: ${topic}.`,
      credit: DEMO_PHOTO_CREDIT,
      uploadedBy: null,
    });
    return { mediaId: id };
  });
}
