import { describe, expect, it } from 'vitest';
import { safeLink } from './safe-link';

const SITE = 'https://toasoan.example';

// Strings a browser reads as another host, a script or an invisible trick: all refused.
const REFUSED = [
  '',
  ' ',
  '//evil.example',
  '///evil.example',
  '/\\evil.example/x',
  '\\\\evil.example',
  '/\tevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/ /evil.example',
  '/\u0000/evil.example',
  '/\u00a0/evil.example',
  '/\u200b/evil.example',
  '/\u202e/evil.example',
  '/\u3000/evil.example',
  '/\ufeff/evil.example',
  ' https://evil.example',
  'https://evil.example ',
  '\thttps://evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://evil.example/',
  'blob:https://toasoan.example/1',
  'https:evil.example',
  'https:/evil.example',
  'http:\\\\evil.example',
  'https:///evil.example',
  'https://user:pass@evil.example/',
  'https://toasoan.example@evil.example/',
  'https://evil.example:99999/',
  'evil.example',
  'evil.example/x',
  '.evil.example',
  '?x=1',
  'mailto:',
  'mailto:not-an-address',
  'tel:',
  'tel:+84 912',
  'tel:javascript:alert(1)',
  `/${'a'.repeat(2048)}`,
];

// Links a newsroom really writes: kept, normalised, and told apart by whether they leave the site.
const KEPT: [string, { href: string; external: boolean }][] = [
  ['/thoi-su', { href: '/thoi-su', external: false }],
  ['/thoi-su/bai-1?trang=2#doan-3', { href: '/thoi-su/bai-1?trang=2#doan-3', external: false }],
  ['/%2F%2Fevil.example', { href: '/%2F%2Fevil.example', external: false }],
  ['/%5Cevil.example', { href: '/%5Cevil.example', external: false }],
  ['/admin/../../evil.example', { href: '/evil.example', external: false }],
  ['/chủ-đề', { href: '/ch%E1%BB%A7-%C4%91%E1%BB%81', external: false }],
  ['https://toasoan.example/the-thao', { href: '/the-thao', external: false }],
  ['HTTPS://TOASOAN.EXAMPLE/a', { href: '/a', external: false }],
  ['https://vnexpress.net/a-1', { href: 'https://vnexpress.net/a-1', external: true }],
  ['http://example.com', { href: 'http://example.com/', external: true }],
  ['https://toasoan.example.evil.example/', { href: 'https://toasoan.example.evil.example/', external: true }],
  ['https://evil。example/', { href: 'https://evil.example/', external: true }],
  ['https://bộ.vn/x', { href: 'https://xn--b-8xm.vn/x', external: true }],
  ['mailto:toasoan@example.vn', { href: 'mailto:toasoan@example.vn', external: true }],
  ['mailto:toasoan@example.vn?subject=Tin', { href: 'mailto:toasoan@example.vn?subject=Tin', external: true }],
  ['tel:+84912345678', { href: 'tel:+84912345678', external: true }],
  ['tel:(024)3825-1234', { href: 'tel:(024)3825-1234', external: true }],
];

describe('safeLink', () => {
  it.each(REFUSED.map((value) => [JSON.stringify(value).slice(0, 60), value]))('refuses %s', (_label, value) => {
    expect(safeLink(value, SITE)).toBeNull();
  });

  it.each(KEPT)('keeps %s', (value, expected) => {
    expect(safeLink(value, SITE)).toEqual(expected);
  });

  it('every kept href resolves where it says, as a browser would resolve it against the page', () => {
    for (const [value] of KEPT) {
      const link = safeLink(value, SITE)!;
      const resolved = new URL(link.href, `${SITE}/thoi-su/bai-1`);
      expect(resolved.origin === new URL(SITE).origin, value).toBe(!link.external);
    }
  });

  it('without a site, a path is still judged by whether it stays on the origin', () => {
    expect(safeLink('/thoi-su')).toEqual({ href: '/thoi-su', external: false });
    expect(safeLink('/\\evil.example')).toBeNull();
    expect(safeLink('https://toasoan.example/a')).toEqual({ href: 'https://toasoan.example/a', external: true });
  });
});
