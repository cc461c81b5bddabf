import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontUrl, NOTO_SERIF_FILES, NOTO_SERIF_VERSION, PRELOADED_FONT_URLS } from '@/lib/fonts/noto-serif';

const root = path.resolve(import.meta.dirname, '..');
const packageDir = path.join(root, 'node_modules/@fontsource/noto-serif');

describe('Noto Serif files', () => {
  it('are served under the installed package version, so a year-long cache never keeps an old file', () => {
    const installed = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
    expect(NOTO_SERIF_VERSION).toBe(installed);
    for (const file of NOTO_SERIF_FILES) expect(fs.existsSync(path.join(packageDir, 'files', file)), file).toBe(true);
  });

  it('globals.css declares each served file once, under the URL the preloads use', () => {
    const css = fs.readFileSync(path.join(root, 'app/globals.css'), 'utf8');
    const urls = [...css.matchAll(/url\('([^']+\.woff2[^']*)'\)/g)].map((match) => match[1]);
    expect(urls.toSorted()).toEqual(NOTO_SERIF_FILES.map(fontUrl).toSorted());
    for (const href of PRELOADED_FONT_URLS) expect(urls).toContain(href);
  });
});
