// Noto Serif, the paper's one typeface, as a single CSS family split into the @fontsource files
// (app/globals.css declares the @font-face rules). Its files are served from the installed
// package by app/fonts/[file]/route.ts under a URL carrying the package version, so browsers may
// keep them for a year; tests/fonts.test.ts fails when the package and this version part ways.

export const NOTO_SERIF_VERSION = '5.3.0';

const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

/** File names under node_modules/@fontsource/noto-serif/files that the site serves. */
export const NOTO_SERIF_FILES: readonly string[] = SUBSETS.flatMap((subset) =>
  WEIGHTS.map((weight) => `noto-serif-${subset}-${weight}-normal.woff2`),
);

export const fontUrl = (file: string) => `/fonts/${file}?v=${NOTO_SERIF_VERSION}`;

/**
 * Preloaded by every page: headlines and the bold lead, the first paint of an article, need the
 * bold Latin and Vietnamese files (Vietnamese text never needs the 60 KB Latin Extended one).
 * Body text's regular files are found through the stylesheet.
 */
export const PRELOADED_FONT_URLS = ['noto-serif-latin-700-normal.woff2', 'noto-serif-vietnamese-700-normal.woff2'].map(fontUrl);
