import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrontView } from '@/app/ui/front/front-view';
import type { FrontItem, ResolvedContainer } from '@/lib/data/fronts/resolve';

// The readers' front component draws each layout the newsroom offers (issue 15: lead, featured,
// list, section block; most read is its own component, e2e/public/most-read.spec.ts).

const item = (id: number, fields: Partial<FrontItem> = {}): FrontItem => ({
  id,
  title: `Bài ${id}`,
  lead: `Sa-pô ${id}`,
  path: `/thoi-su/bai-${id}-${id}`,
  publishedAt: '2026-11-30T05:00:00.000Z',
  section: { id: 1, name: 'Thời sự', slug: 'thoi-su', path: '/thoi-su' },
  photo: null,
  handPicked: false,
  pinnedUntil: null,
  ...fields,
});
const container = (id: string, layout: ResolvedContainer['layout'], items: FrontItem[], fields: Partial<ResolvedContainer> = {}): ResolvedContainer => ({
  id,
  name: `Khối ${id}`,
  showName: true,
  layout,
  path: null,
  items,
  ...fields,
});
const render = (...containers: ResolvedContainer[]) => renderToStaticMarkup(createElement(FrontView, { front: { containers } }));
/** The markup of the region named by heading `khoi-{n}`. */
const region = (html: string, n: number) => new RegExp(`<section aria-labelledby="khoi-${n}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';

describe('the front as readers see it', () => {
  it('draws each layout: the lead large, featured and section blocks as tiles, a list as rows', () => {
    const html = render(
      container('a', 'lead', [item(1), item(2)], { showName: false, name: 'Tin chính' }),
      container('b', 'featured', [item(3), item(4)]),
      container('c', 'list', [item(5), item(6)]),
      container('d', 'section-block', [item(7)], { path: '/thoi-su', name: 'Thời sự' }),
    );
    // Every block is a region named by its heading; a hidden name is still there for screen readers.
    expect(html).toContain('<h2 id="khoi-1" class="visually-hidden">Tin chính</h2>');
    expect(html).toContain('<h2 id="khoi-3" class="block-title">Khối c</h2>');
    expect(region(html, 1)).toMatch(/<h3 class="lead-title"><a href="\/thoi-su\/bai-1-1">Bài 1<\/a><\/h3>/);
    expect(region(html, 1)).toContain('<div class="card-grid">');
    expect(region(html, 2)).toMatch(/<div class="card-grid">.*Bài 3.*Bài 4/);
    expect(region(html, 3)).toMatch(/^<h2[^>]*>Khối c<\/h2><div class="card-list">.*Bài 5.*Bài 6/);
    expect(region(html, 3)).not.toContain('card-grid');
    expect(region(html, 4)).toMatch(/<h2 id="khoi-4" class="block-title"><a href="\/thoi-su">Thời sự<\/a><\/h2><div class="card-grid">/);
  });

  it('leaves out a block with nothing to show, and badges a live card', () => {
    const html = render(container('a', 'featured', []), container('b', 'list', [item(1, { live: true })]));
    expect(html).not.toContain('Khối a');
    expect(html).toContain('<span class="live-badge card-live">Trực tiếp</span> <a href="/thoi-su/bai-1-1">Bài 1</a>');
  });
});
