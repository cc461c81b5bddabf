import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it('keeps same-site admin paths with their query', () => {
    expect(safeCallbackPath('/admin/articles?trang=2')).toBe('/admin/articles?trang=2');
    expect(safeCallbackPath('/admin')).toBe('/admin');
    expect(safeCallbackPath('http://127.0.0.1:3303/admin/staff', 'http://127.0.0.1:3303')).toBe('/admin/staff');
  });

  it('falls back to /admin for anything that could leave the admin or the site', () => {
    for (const value of [
      null,
      '',
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example',
      '/admin\\..\\..',
      '/thoi-su',
      '/administrator',
      '/admin/login',
      '/admin/setup',
      'javascript:alert(1)',
      '/admin/\u0000',
      '/\t/evil.example/admin',
      'http:/evil.example/admin',
      'http://127.0.0.1:3303@evil.example/admin',
      'http://127.0.0.1:3303.evil.example/admin',
    ]) {
      expect(safeCallbackPath(value, 'http://127.0.0.1:3303')).toBe('/admin');
    }
  });
});
