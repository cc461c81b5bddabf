import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderShareCard, shareCardText } from '@/lib/seo/share-card';

// Share cards of articles without a photo (app/anh/chia-se): the ratio's size, and drawn from the
// fonts we ship only, so no headline ever makes the server ask a third party for a font.

afterEach(() => {
  vi.restoreAllMocks();
});

describe('share card text', () => {
  it('keeps every Vietnamese letter and drops what the typeface cannot draw', () => {
    expect(shareCardText('Ỗ Ẫ Ễ Ẩ ă Ă đ Đ ơ ư — “Đảng” 100 ₫ 😀 北京')).toBe('Ỗ Ẫ Ễ Ẩ ă Ă đ Đ ơ ư — “Đảng” 100 ₫');
    expect(shareCardText('Nghe\u0302\u0300 An\n  mùa lũ')).toBe('Nghề An mùa lũ');
  });
});

describe('share card', () => {
  it.each([
    ['16x9', 1200, 675],
    ['1x1', 1200, 1200],
  ] as const)('renders a %s PNG of %i×%i without any network request', async (ratio, width, height) => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const response = await renderShareCard({ headline: 'Đắk Lắk: nông dân vào vụ cà phê sớm 😀 ở Buôn Ma Thuột', section: 'Kinh tế', ratio });
    const png = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', width, height]);
    // next/og loads its own WebAssembly from data: URLs; anything else would leave the machine.
    const requested = fetch.mock.calls.map(([url]) => String(url instanceof Request ? url.url : url));
    expect(requested.filter((url) => !url.startsWith('data:'))).toEqual([]);
  }, 30_000);
});
