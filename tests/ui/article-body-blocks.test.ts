import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody, type PhotoMode } from '@/app/ui/article-body';
import { figure, paragraph, type BlockNode } from '@/lib/article-body/schema';
import type { FigureMedia } from '@/lib/data/dto';

const photo = (id: number): FigureMedia => ({
  src: `/media/${id}.webp`,
  srcSet: `/media/${id}-640.webp 640w`,
  width: 1200,
  height: 800,
  alt: `Ảnh ${id}`,
  caption: '',
  credit: '',
});
const render = (blocks: unknown[], photos: PhotoMode = 'inline') =>
  renderToStaticMarkup(createElement(ArticleBody, { blocks: blocks as BlockNode[], figureMedia: { 4: photo(4), 5: photo(5) }, photos }));
const cell = (type: string, text: string) => ({ type, content: [paragraph(text)] });

describe('readers’ rendering of the body blocks', () => {
  it('draws a table in a focusable scroll region named by its caption, header cells with scope', () => {
    const html = render([
      {
        type: 'table',
        attrs: { caption: 'Sản lượng' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Tỉnh'), cell('tableHeader', 'Tấn')] },
          { type: 'tableRow', content: [cell('tableCell', 'Đắk Lắk'), cell('tableCell', '550.000')] },
        ],
      },
    ]);
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-labelledby="bang-1-chu-thich">');
    expect(html).toContain('<caption id="bang-1-chu-thich">Sản lượng</caption><thead><tr><th scope="col"><p><span>Tỉnh</span></p></th>');
    expect(html).toContain('<tbody><tr><td><p><span>Đắk Lắk</span></p></td>');
    const plain = render([{ type: 'table', attrs: { caption: '' }, content: [{ type: 'tableRow', content: [cell('tableCell', 'a')] }] }]);
    expect(plain).toContain('aria-label="Bảng"');
    expect(plain).not.toContain('<thead>');
  });

  it('draws a gallery as a list of figures: a snapping strip on the article, a plain list of tap-to-open photos on the lite page', () => {
    const gallery = { type: 'gallery', content: [figure('Một', 'Ảnh: A', 4), figure('Hai', '', 5), figure('', '', 99)] };
    const html = render([gallery]);
    expect(html).toContain('<section class="gallery" aria-label="Bộ ảnh (2 ảnh)">');
    expect(html).toMatch(/<ul class="gallery-track" tabindex="0"[^>]*><li class="gallery-item"><figure class="article-figure"><img[^>]*src="\/media\/4.webp"/);
    expect(html).toContain('<figcaption>Một<span class="credit"> Ảnh: A</span></figcaption>');
    expect(html.match(/<figure/g)).toHaveLength(2);
    const lite = render([gallery], 'on-tap');
    expect(lite).toContain('<ul class="gallery-list">');
    expect(lite).not.toContain('<img');
  });

  it('draws an embed as a facade: the platform, the title, a link to the original, and no frame or third-party address to load', () => {
    const html = render([{ type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Lễ duyệt binh' } }]);
    expect(html).toContain('<figure class="embed" data-provider="youtube">');
    expect(html).toContain('<span class="embed-title">Lễ duyệt binh</span> <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">Xem video trên YouTube</a>');
    expect(html).not.toMatch(/<iframe|<img|youtube-nocookie/);
    // No poster: a placeholder drawn by CSS with the platform's mark (data-provider), not an empty box.
    expect(html).toContain('<div class="embed-poster embed-poster-none">');
    // A stored URL that today's rules refuse shows nothing rather than a frame.
    expect(render([{ type: 'embed', attrs: { provider: 'youtube', url: 'https://evil.example/', title: 'x' } }])).toBe('<div class="article-body"></div>');
  });

  it('shows the poster stored on this site at save time, sized, lazy and described, and still nothing from the platform', () => {
    const thumbnail = `embeds/${'0f'.repeat(16)}.webp`;
    const html = render([{ type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Lễ duyệt binh', thumbnail } }]);
    expect(html).toContain(
      `<img class="embed-poster-image" src="/media/${thumbnail}" width="480" height="270" loading="lazy" decoding="async" alt="Ảnh xem trước video: Lễ duyệt binh"/>`,
    );
    expect(html).not.toMatch(/<iframe|youtube-nocookie|ytimg|embed-poster-none/);
    // The lite page loads no poster: its photos wait for a tap.
    expect(render([{ type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'x', thumbnail } }], 'on-tap')).not.toContain('<img');
  });

  it('draws a pull quote with its attribution and an info box named by its title; empty ones draw nothing', () => {
    const html = render([
      { type: 'pullQuote', attrs: { attribution: 'Bác Hồ' }, content: [paragraph('Không có gì quý hơn độc lập, tự do.')] },
      { type: 'infoBox', attrs: { title: 'Thông tin thêm' }, content: [paragraph('Dòng một.')] },
      { type: 'pullQuote', attrs: { attribution: 'Ai' }, content: [{ type: 'paragraph' }] },
    ]);
    expect(html).toBe(
      '<div class="article-body"><figure class="pull-quote"><blockquote><p><span>Không có gì quý hơn độc lập, tự do.</span></p></blockquote><figcaption>Bác Hồ</figcaption></figure>' +
        '<div class="info-box" role="note" aria-labelledby="hop-thong-tin-2"><p class="info-box-title" id="hop-thong-tin-2">Thông tin thêm</p><p><span>Dòng một.</span></p></div></div>',
    );
  });
});
