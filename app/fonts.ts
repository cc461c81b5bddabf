import localFont from 'next/font/local';

// Noto Serif draws stacked Vietnamese marks (ể ễ ẩ ặ ộ) without collisions. Fontsource splits it
// into a Latin and a Vietnamese file; listing both families lets the browser take each glyph from
// the file that has it, and next/font preloads them and sizes the fallback to avoid layout shift.

export const serifLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
  fallback: ['Georgia', 'serif'],
});

export const serifVietnamese = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-vietnamese-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-vietnamese-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-vietnamese',
  display: 'swap',
  fallback: ['Georgia', 'serif'],
});
