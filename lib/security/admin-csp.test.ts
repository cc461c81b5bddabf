import { describe, expect, it } from 'vitest';
import { adminCsp, isFramedAdminPath } from './admin-csp';

describe('newsroom CSP framing', () => {
  it('lets only a front preview be framed, and only by the site itself', () => {
    expect(isFramedAdminPath('/admin/fronts/home/preview')).toBe(true);
    expect(isFramedAdminPath('/admin/fronts/section%3A3/preview')).toBe(true);
    for (const path of ['/admin', '/admin/fronts', '/admin/fronts/home', '/admin/fronts/home/preview/x', '/admin/articles/1/preview', '/admin/fronts//preview', '/admin/fronts/a/b/preview']) {
      expect(isFramedAdminPath(path), path).toBe(false);
    }
    expect(adminCsp('n')).toContain("frame-ancestors 'none'");
    expect(adminCsp('n', "'self'")).toContain("frame-ancestors 'self'");
    expect(adminCsp('n', "'self'")).not.toContain("frame-ancestors 'none'");
  });
});
