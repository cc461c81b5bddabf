import { expect, test, type APIResponse } from '@playwright/test';
import sharp from 'sharp';

// Browsers ask for /favicon.ico on every site; phones for the touch icon and the manifest.
// Kept a day by browsers: with Next's default (max-age=0, no validator) each new page fetched
// the icons whole again.
const kept = (response: APIResponse, name: string) => expect(response.headers()['cache-control'], name).toBe('public, max-age=86400');

test.describe('icons and web app manifest', () => {
  test.skip(({ isMobile }) => isMobile, 'the same files for every device');

  test('favicon, apple-touch-icon and a Vietnamese manifest with its icons', async ({ page, request }) => {
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    kept(favicon, '/favicon.ico');
    expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    const ico = await favicon.body();
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);

    await page.goto('/');
    const head = page.locator('head');
    const appleHref = await head.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const apple = await request.get(appleHref!);
    expect(apple.status()).toBe(200);
    kept(apple, appleHref!);
    expect(await sharp(await apple.body()).metadata()).toMatchObject({ format: 'png', width: 180, height: 180 });

    const iconHrefs = await head.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(iconHrefs.length).toBeGreaterThan(0);
    for (const href of iconHrefs) {
      const icon = await request.get(href);
      expect(icon.status(), href).toBe(200);
      kept(icon, href);
    }

    const manifestHref = await head.locator('link[rel="manifest"]').getAttribute('href');
    const manifestResponse = await request.get(manifestHref!);
    expect(manifestResponse.status()).toBe(200);
    kept(manifestResponse, manifestHref!);
    const manifest = await manifestResponse.json();
    expect(manifest).toMatchObject({
      name: 'Tòa soạn',
      short_name: expect.any(String),
      lang: 'vi',
      start_url: '/',
      display: expect.any(String),
      theme_color: '#8b0000',
      background_color: expect.any(String),
    });
    const sizes = [];
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      kept(file, icon.src);
      const { width, height } = await sharp(await file.body()).metadata();
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      sizes.push(icon.sizes);
    }
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    // The publisher's logos in the structured data, fetched by crawlers.
    for (const logo of ['/logo.png', '/logo-square.png']) kept(await request.get(logo), logo);
  });
});
