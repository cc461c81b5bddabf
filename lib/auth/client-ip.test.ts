import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  it('takes the address the nearest proxy saw (rightmost X-Forwarded-For entry)', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1');
  });

  it('has one bucket for requests without an address', () => {
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
