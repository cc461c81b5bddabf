import { describe, expect, it } from 'vitest';
import { allowedOrigins, isSameOrigin } from './origin';

const allowed = allowedOrigins('https://toasoan.vn', '127.0.0.1:3303', 'http');

describe('same-origin check for Server Actions', () => {
  it('allows SITE_URL and the Host the request was sent to', () => {
    expect(allowed).toEqual(['https://toasoan.vn', 'http://127.0.0.1:3303']);
    expect(isSameOrigin('https://toasoan.vn', allowed)).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:3303', allowed)).toBe(true);
  });

  it('refuses a missing, "null" or foreign Origin', () => {
    expect(isSameOrigin(null, allowed)).toBe(false);
    expect(isSameOrigin('', allowed)).toBe(false);
    expect(isSameOrigin('null', allowed)).toBe(false);
    expect(isSameOrigin('https://evil.example', allowed)).toBe(false);
  });

  it('refuses look-alikes: other scheme, port, subdomain, suffix or a path', () => {
    expect(isSameOrigin('http://toasoan.vn', allowed)).toBe(false);
    expect(isSameOrigin('https://toasoan.vn:8443', allowed)).toBe(false);
    expect(isSameOrigin('https://admin.toasoan.vn', allowed)).toBe(false);
    expect(isSameOrigin('https://toasoan.vn.evil.example', allowed)).toBe(false);
    expect(isSameOrigin('https://toasoan.vn/admin', allowed)).toBe(false);
    expect(isSameOrigin('not a url', allowed)).toBe(false);
  });

  it('uses https for the Host origin only when the request came over https', () => {
    expect(allowedOrigins('http://localhost:3000', 'toasoan.vn', 'https')).toContain('https://toasoan.vn');
    expect(allowedOrigins('http://localhost:3000', null, null)).toEqual(['http://localhost:3000']);
  });
});
