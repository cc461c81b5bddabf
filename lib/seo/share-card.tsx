import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { env } from '@/lib/env';
import { IMAGE_RATIOS, type ImageRatio } from '@/lib/media/crops';
import { clampHeadline } from './json-ld';
import { THEME_COLOR } from './site';

// The share card of an article without a photo: masthead, section and headline in Noto Serif, the
// paper's one typeface, at 1200 px wide in each ratio Google asks for (app/anh/chia-se).
//
// Satori reads .woff (not .woff2). @fontsource splits the face by script: each subset is loaded
// as a family of its own, and the text names them all, so a letter missing from one is drawn from
// the next (one family name over several files would leave ă, đ and ơ to a fallback).
const FONT_DIR = path.join(process.cwd(), 'node_modules/@fontsource/noto-serif/files');
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const FONT_FAMILY = SUBSETS.map((subset) => `Noto Serif ${subset}`).join(', ');

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: `Noto Serif ${subset}`,
        data: await readFile(path.join(FONT_DIR, `noto-serif-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

// For a character none of the files draws (an emoji, a CJK name), next/og would fetch a font or
// an emoji picture from Google or a CDN: a request to a third party carrying the headline. Text is
// kept to Latin, Vietnamese and common punctuation, which the three files cover.
const UNDRAWABLE = /[^\u0020-\u007E\u00A0-\u024F\u0300-\u0309\u0323\u1E00-\u1EFF\u2010-\u2027\u2030-\u203A\u20AB\u20AC]/gu;

/** Text as the card can draw it: NFC, characters outside the typeface dropped, spaces folded. */
export function shareCardText(text: string): string {
  return text.normalize('NFC').replace(UNDRAWABLE, '').replace(/\s+/g, ' ').trim();
}

export type ShareCardInput = { headline: string; section: string; ratio: ImageRatio };

/** The card as a PNG response of the ratio's size (1200×675, 1200×900 or 1200×1200). */
export async function renderShareCard({ headline, section, ratio }: ShareCardInput, init?: ResponseInit): Promise<ImageResponse> {
  const { width, height } = IMAGE_RATIOS.find((r) => r.name === ratio)!;
  const title = clampHeadline(shareCardText(headline), 140);
  const titleSize = title.length > 90 ? 56 : title.length > 50 ? 64 : 76;
  const host = new URL(env.SITE_URL).host;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#fbf8f3', fontFamily: FONT_FAMILY }}>
        <div style={{ display: 'flex', alignItems: 'center', height: 120, padding: '0 64px', background: THEME_COLOR, color: '#fff', fontSize: 60, fontWeight: 700 }}>
          {shareCardText(env.SITE_NAME)}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 64px' }}>
          <div style={{ display: 'flex', color: THEME_COLOR, fontSize: 34, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 1, marginBottom: 20 }}>
            {shareCardText(section)}
          </div>
          <div style={{ display: 'flex', color: '#1a1a1a', fontSize: titleSize, fontWeight: 700, lineHeight: 1.4 }}>{title}</div>
        </div>
        <div style={{ display: 'flex', height: 72, padding: '0 64px', alignItems: 'center', borderTop: '2px solid #d6d6d6', color: '#4a4a4a', fontSize: 28 }}>
          {host}
        </div>
      </div>
    ),
    { ...init, width, height, fonts: await loadFonts() },
  );
}
