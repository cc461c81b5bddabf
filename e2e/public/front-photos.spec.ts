import { expect, test, type Locator, type Page } from '@playwright/test';
import { createPublished, staffSession } from '../../tests/security/support';
import { cameraJpeg, postUpload, type UploadedMedia } from '../admin/media-fixtures';
import { republishSeededHome } from '../helpers/fronts';

// Photos on the front (issue 14): the lead story and the cards show the article's photo from its
// stored variants, with its size reserved, the lead fetched first and the rest lazily; a block of
// cards fills its row whether or not the cards have photos.

// The home as seeded: a hand-picked lead and "Tiêu điểm", then blocks that fill themselves newest
// first. Other specs on this worker's server curate the home and publish articles without photos:
// the seeded home is published again, and the newest five articles are made here with a cover.
test.beforeAll(async () => {
  const desk = await staffSession('managing_editor', 'Thư Ký Trang Nhất Ảnh');
  await republishSeededHome(desk.request);
  await desk.request.dispose();
  const editor = await staffSession('editor', 'Biên Tập Ảnh Trang Nhất');
  for (let i = 1; i <= 5; i++) {
    const upload = await postUpload(editor.request, { name: `bia-${i}.jpg`, mimeType: 'image/jpeg', buffer: await cameraJpeg(1600, 900) }, { alt: `Ảnh bìa thử ${i}` });
    expect(upload.status()).toBe(201);
    const { media } = (await upload.json()) as { media: UploadedMedia };
    const title = `Bài có ảnh trên trang nhất ${i}`;
    await createPublished(editor.request, title, 'Nội dung có ảnh bìa.', { coverMediaId: media.id });
  }
  await editor.request.dispose();
});

async function photoOf(card: Locator) {
  const img = card.getByRole('img');
  await expect(img).toHaveCount(1);
  return img.evaluate((el: HTMLImageElement) => ({
    srcset: el.getAttribute('srcset') ?? '',
    width: Number(el.getAttribute('width')),
    height: Number(el.getAttribute('height')),
    loading: el.getAttribute('loading'),
    fetchPriority: el.getAttribute('fetchpriority'),
    alt: el.alt,
  }));
}

/** The boxes of a grid's cards and of the grid itself. */
async function cardBoxes(block: Locator) {
  return block.getByRole('article').first().evaluate((card) => {
    const grid = card.parentElement!.getBoundingClientRect();
    const cards = [...card.parentElement!.children].map((c) => c.getBoundingClientRect());
    return { grid: { left: grid.left, right: grid.right }, cards: cards.map((c) => ({ left: c.left, right: c.right, top: c.top })) };
  });
}

test('the lead photo is fetched first and every card photo lazily, with srcset and its size', async ({ page }) => {
  await page.goto('/');
  const lead = photoOf(page.getByRole('region', { name: 'Tin chính' }).getByRole('article'));
  const leadPhoto = await lead;
  expect(leadPhoto.srcset).toMatch(/^\/media\/\S+-320\.webp 320w, .+ \d+w$/);
  expect(leadPhoto.width).toBeGreaterThan(0);
  expect(leadPhoto.height).toBeGreaterThan(0);
  expect(leadPhoto.fetchPriority).toBe('high');
  expect(leadPhoto.loading).not.toBe('lazy');
  expect(leadPhoto.alt).toMatch(/\S/);

  const latest = page.getByRole('region', { name: 'Tin mới' }).getByRole('article');
  expect(await latest.count()).toBeGreaterThanOrEqual(4);
  let withPhoto = 0;
  for (const card of await latest.all()) {
    if ((await card.getByRole('img').count()) === 0) continue;
    withPhoto += 1;
    const photo = await photoOf(card);
    // Widths start where the photo does: another spec's small upload may be among the latest.
    expect(photo.srcset).toMatch(/^\/media\/\S+ \d+w(, \/media\/\S+ \d+w)*$/);
    expect(photo.width * photo.height).toBeGreaterThan(0);
    expect(photo.loading).toBe('lazy');
    expect(photo.fetchPriority).toBeNull();
  }
  expect(withPhoto).toBeGreaterThanOrEqual(4);
  // The variants exist: the browser can fetch what srcset names.
  const variant = leadPhoto.srcset.split(', ')[0]!.split(' ')[0]!;
  const response = await page.request.get(variant);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/webp');
});

async function expectBlocksFillTheirRow(page: Page, columns: number) {
  await page.goto('/');
  // Every section block (a region named after its section) and the latest news.
  const blocks = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }).getByRole('link') });
  const count = await blocks.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const block = blocks.nth(i);
    const { grid, cards } = await cardBoxes(block);
    const firstRow = cards.filter((c) => Math.abs(c.top - cards[0]!.top) < 1);
    const name = await block.getByRole('heading', { level: 2 }).textContent();
    expect(firstRow.length, `${name}: cards in the first row`).toBe(Math.min(columns, cards.length));
    // The row spans the grid: no empty column at its end.
    expect(Math.abs(firstRow.at(-1)!.right - grid.right), `${name}: ${cards.length} cards end at the grid's edge`).toBeLessThan(1);
    expect(Math.abs(firstRow[0]!.left - grid.left)).toBeLessThan(1);
  }
}

test('a section block of 3 fills its row at 1280 px, cards with and without photos alike', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  // The defence block holds the seed article, whose photos were lost: a card without a photo.
  const defence = page.getByRole('region', { name: 'Quốc phòng – An ninh' });
  const cards = defence.getByRole('article');
  await expect(cards).toHaveCount(3);
  expect(await defence.getByRole('img').count()).toBe(2);
  const { grid, cards: boxes } = await cardBoxes(defence);
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
  expect(Math.abs(boxes[2]!.right - grid.right)).toBeLessThan(1);
  // Three equal thirds, not three quarters of four columns.
  const widths = boxes.map((b) => b.right - b.left);
  expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1);
  expect(widths[0]!).toBeGreaterThan((grid.right - grid.left) / 3 - 20);
  await expectBlocksFillTheirRow(page, 4);
});

test('on a phone every card takes the full width, photos beside the headline', { tag: '@mobile' }, async ({ page }) => {
  test.skip(test.info().project.name !== 'mobile', 'phone layout');
  await expectBlocksFillTheirRow(page, 1);
  const card = page.getByRole('region', { name: 'Tin mới' }).getByRole('article').first();
  const [text, photo] = await Promise.all([card.getByRole('heading').boundingBox(), card.getByRole('img').boundingBox()]);
  expect(photo!.x).toBeGreaterThan(text!.x + text!.width - 1);
  expect(photo!.width).toBeLessThan(140);
});

test('photos load without moving the page (CLS 0)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await page.getByRole('region', { name: 'Tin mới' }).scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.getByRole('region', { name: 'Tin mới' }).getByRole('img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete)))
    .toBe(true);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
  expect(shift).toBe(0);
});
