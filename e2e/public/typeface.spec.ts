import { gzipSync } from 'node:zlib';
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { inlineFlight } from '../../bench/lib/flight';
import { PRELOADED_FONT_URLS } from '../../lib/fonts/noto-serif';
import { seedArticlePath } from '../helpers/page-types';
import { SEED_ARTICLE } from '../helpers/seed-article';

// Which font actually drew each glyph, as Chromium reports it (CSS.getPlatformFontsForNode): a
// glyph missing from one web-font file must come from another file of the same family, never
// from a system font that happens to come earlier in the stack.

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // ngang, huyền, sắc, hỏi, ngã, nặng
const EVERY_VOWEL_AND_TONE = VOWELS.flatMap((vowel) => TONES.map((tone) => `${vowel}${tone}`.normalize('NFC')));
const TEST_HEADLINE = `${EVERY_VOWEL_AND_TONE.join('')} ${EVERY_VOWEL_AND_TONE.join('').toUpperCase()} đĐ`;

type FontUse = { familyName: string; isCustomFont: boolean; glyphCount: number };

/** Glyph counts per font for every element matched by `selector` (each element's own text nodes). */
async function fontsDrawing(cdp: CDPSession, selector: string): Promise<Map<string, number>> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const totals = new Map<string, number>();
  for (const nodeId of nodeIds) {
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: FontUse[] };
    for (const font of fonts) {
      const key = `${font.familyName}${font.isCustomFont ? ' (web font)' : ' (system)'}`;
      totals.set(key, (totals.get(key) ?? 0) + font.glyphCount);
    }
  }
  return totals;
}

async function settleFonts(page: Page) {
  // Reading layout makes the browser request any subset the new text needs; then wait for it.
  await page.evaluate(async () => {
    void document.body.offsetHeight;
    await document.fonts.ready;
  });
}

test.describe('one typeface for every Vietnamese letter', () => {
  test.skip(({ isMobile }) => isMobile, 'the font files and the stack are the same at every width');

  test('Noto Serif draws every glyph of the seed article, the menu and every vowel with every tone', async ({ page }) => {
    const fontFiles: string[] = [];
    page.on('response', (response) => {
      if (/\.woff2(\?|$)/.test(response.url())) fontFiles.push(new URL(response.url()).pathname.split('/').pop()!);
    });
    await page.goto('/quoc-phong-an-ninh');
    await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_ARTICLE.title })).toBeVisible();
    await settleFonts(page);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const parts = {
      title: 'h1.article-title',
      lead: '.article-lead',
      body: '.article-body, .article-body *',
      captions: 'figcaption, figcaption *',
      byline: '.byline, .byline *',
      menu: 'nav[aria-label="Chuyên mục"] *',
    };
    const counted: Record<string, number> = {};
    for (const [part, selector] of Object.entries(parts)) {
      const fonts = await fontsDrawing(cdp, selector);
      expect(Object.fromEntries(fonts), part).toEqual({ 'Noto Serif (web font)': expect.any(Number) });
      counted[part] = fonts.get('Noto Serif (web font)')!;
    }

    // Bold headline and regular body text, each carrying every vowel with every tone, and đ.
    for (const target of [page.locator('h1.article-title'), page.locator('.article-body p').first()]) {
      await target.evaluate((el, text) => {
        el.textContent = text;
        el.setAttribute('data-font-probe', '');
      }, TEST_HEADLINE);
    }
    await settleFonts(page);
    await expect
      .poll(async () => Object.fromEntries(await fontsDrawing(cdp, '[data-font-probe]')))
      .toEqual({ 'Noto Serif (web font)': expect.any(Number) });
    test.info().annotations.push({ type: 'glyphs from Noto Serif', description: JSON.stringify(counted) });

    // Vietnamese text needs the Latin and Vietnamese files only, not the 60 KB Latin Extended one.
    expect(fontFiles.length).toBeGreaterThan(0);
    expect(fontFiles.filter((file) => file.includes('latin-ext'))).toEqual([]);
  });
});

// What the article's first paint waits for besides its HTML: one stylesheet, and the bold Latin and
// Vietnamese files the headline and the bold lead (the largest text on a phone's first screen) are
// drawn with. Anything more there (a second stylesheet, a parser-blocking script, another preloaded
// font, a fatter file) delays every reader's first paint.
const STYLESHEET_BUDGET_GZIP_BYTES = 6 * 1024;
const PRELOADED_FONT_BUDGET_BYTES = 16 * 1024;

test.describe("the article's first paint", () => {
  test('waits for one small stylesheet and the two bold font files, each within budget, and for no script', { tag: '@requests' }, async ({
    request,
  }) => {
    const html = await (await request.get(await seedArticlePath(request))).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const hrefOf = (tag: string) => /href="([^"]+)"/.exec(tag)![1]!.replaceAll('&amp;', '&');
    const links = (rel: string) => [...head.matchAll(/<link\b[^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes(`rel="${rel}"`));

    const stylesheets = links('stylesheet');
    // Turbopack gives CSS imported elsewhere too (an admin component, say) a chunk and a request of its
    // own: shared CSS is imported once, in app/layout.tsx, which the newsroom's pages share.
    expect(stylesheets, 'each stylesheet is a request the first paint waits for').toHaveLength(1);
    const css = await (await request.get(hrefOf(stylesheets[0]!))).body();
    expect(gzipSync(css).length).toBeLessThanOrEqual(STYLESHEET_BUDGET_GZIP_BYTES);
    // Next's async chunks, and its polyfills as noModule, which today's browsers neither fetch nor run.
    for (const script of head.match(/<script\b[^>]*\bsrc=[^>]*>/g) ?? []) expect(script).toMatch(/\b(async|noModule)\b/);

    const fonts = links('preload').filter((tag) => tag.includes('as="font"')).map(hrefOf);
    expect(fonts).toHaveLength(2);
    expect(fonts).toEqual(PRELOADED_FONT_URLS);
    for (const href of fonts) {
      const file = await request.get(href);
      expect(file.status()).toBe(200);
      // Its URL names the package version: kept a year, so the next page draws at once. With the
      // readers' pages' policy (max-age=0) every page fetched every font file again.
      expect(file.headers()['cache-control'], href).toBe('public, max-age=31536000, immutable');
      expect((await file.body()).length, href).toBeLessThanOrEqual(PRELOADED_FONT_BUDGET_BYTES);
    }
  });

  // The HTML carries each page twice, as markup and as Next's inline RSC payload (the
  // `self.__next_f.push` scripts, bench/lib/flight.ts), so whatever the payload repeats is paid for
  // before the first paint. Budgets for the seed article, whose text no journey changes:
  // `npx tsx bench/rsc-payload.ts` on the seeded site (8.3 KB gzip, payload 26.0 KB) plus room for
  // what its side lists and banner show late in a full run (9.0 KB gzip there). The home and a
  // section carry whatever the journeys before this one published and curated on the same server
  // (the home was 13.7 KB seeded, 15.7 KB late in a full run), so there only what they repeat is
  // checked. Next sends every not-found, forbidden and unauthorized boundary with every page: when
  // app/not-found.tsx drew the whole site layout, the seed article was 10.6 KB gzip (the
  // masthead, section menu, footer and the 404's section list were in its payload twice).
  test("the seed article's HTML and inline RSC payload stay within budget; it, the home and a section carry the site's layout once", { tag: '@requests' }, async ({
    request,
  }) => {
    for (const { name, path, budget } of [
      { name: 'article', path: await seedArticlePath(request), budget: { htmlGzip: 9.8, flight: 30 } },
      { name: 'home', path: '/', budget: null },
      { name: 'section', path: '/quoc-phong-an-ninh', budget: null },
    ]) {
      const html = await (await request.get(path)).text();
      const payload = inlineFlight(html);
      if (budget) {
        expect(gzipSync(html).length / 1024, `${name}: HTML, KB gzip`).toBeLessThanOrEqual(budget.htmlGzip);
        expect(Buffer.byteLength(payload) / 1024, `${name}: inline RSC payload, KB`).toBeLessThanOrEqual(budget.flight);
      }
      const times = (text: string) => payload.split(text).length - 1;
      expect(times('"className":"masthead"'), `${name}: masthead`).toBe(1);
      expect(times('"aria-label":"Chuyên mục"'), `${name}: section menu`).toBe(1);
      expect(times('"className":"site-footer"'), `${name}: footer`).toBe(1);
      // The 404 page's own search box and section list come only with a 404.
      expect(times('tim-bai-viet'), `${name}: the 404 page's search box`).toBe(0);
    }
  });
});

// Stacked capitals (Ỗ Ẫ Ễ Ẩ) on a headline's second line rise towards the first, where dots below
// and descenders (ặ ỵ j) hang down. Each line is photographed alone; in every pixel column the
// gap between the lowest ink of the first and the highest ink of the second is measured. A
// control at line-height 1.3 proves the measurement sees them (nearly) touch.
const DEEP_LINE = 'ặgỵpợqựjậyọụ'.repeat(4);
const TALL_LINE = 'ỖẪỄẨẶỘẴỠỀỂ'.repeat(4);

/** The smallest vertical gap, in CSS px, between the two lines' ink in any column (negative: overlap). */
async function inkClearance(headline: Locator, lineHeight: string | null): Promise<number> {
  const masks: { inked: (x: number, y: number) => boolean; width: number; height: number }[] = [];
  for (const shown of ['deep', 'tall']) {
    await headline.evaluate(
      (el, { deep, tall, shown, lineHeight }) => {
        const line = (text: string, visible: boolean) =>
          `<span style="color:${visible ? '#000' : 'transparent'}">${text}</span>`;
        el.innerHTML = `${line(deep, shown === 'deep')}<br>${line(tall, shown === 'tall')}`;
        el.style.whiteSpace = 'nowrap';
        el.style.overflow = 'hidden';
        el.style.lineHeight = lineHeight ?? '';
      },
      { deep: DEEP_LINE, tall: TALL_LINE, shown, lineHeight },
    );
    await headline.evaluate(() => document.fonts.ready);
    const png = await headline.screenshot({ scale: 'css', animations: 'disabled' });
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    masks.push({ inked: (x, y) => data[y * info.width + x]! < 160, width: info.width, height: info.height });
  }
  const [deep, tall] = masks as [(typeof masks)[0], (typeof masks)[0]];
  let clearance = Infinity;
  for (let x = 0; x < deep.width; x++) {
    let lowestDeep = -1;
    for (let y = 0; y < deep.height; y++) if (deep.inked(x, y)) lowestDeep = y;
    let highestTall = -1;
    for (let y = 0; y < tall.height && highestTall < 0; y++) if (tall.inked(x, y)) highestTall = y;
    if (lowestDeep >= 0 && highestTall >= 0) clearance = Math.min(clearance, highestTall - lowestDeep - 1);
  }
  return clearance;
}

test.describe('headline leading', () => {
  for (const { onHome, selector } of [
    { onHome: true, selector: '.lead-title' },
    { onHome: false, selector: '.article-title' },
  ]) {
    test(`stacked diacritics in ${selector} stay clear of the line above`, { tag: '@mobile' }, async ({ page }, testInfo) => {
      if (onHome) await page.goto('/');
      else {
        await page.goto('/quoc-phong-an-ninh');
        await page.getByRole('main').getByRole('link', { name: SEED_ARTICLE.title }).click();
      }
      const headline = page.locator(selector).first();
      await expect(headline).toBeVisible();
      const lineHeight = await headline.evaluate((el) => getComputedStyle(el).lineHeight);
      const atOnePointThree = await inkClearance(headline, '1.3');
      const asStyled = await inkClearance(headline, null);
      testInfo.annotations.push({
        type: `${selector} at ${page.viewportSize()!.width} px`,
        description: `line-height ${lineHeight}: ${asStyled} px between the lines' ink (at 1.3: ${atOnePointThree} px)`,
      });
      // Clear means at least 2 px of paper between the lines; at 1.3 there is 0 or 1.
      expect(atOnePointThree, 'the control at line-height 1.3 falls short').toBeLessThan(2);
      expect(asStyled).toBeGreaterThanOrEqual(2);
    });
  }
});
