import { describe, expect, it } from 'vitest';
import { viewerKey, viewerNetwork } from './viewer';

describe('viewerNetwork', () => {
  it('keeps an IPv4 address, also when the socket reports it IPv4-mapped', () => {
    expect(viewerNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(viewerNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(viewerNetwork('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('reduces an IPv6 address to its /64, however it is written', () => {
    expect(viewerNetwork('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(viewerNetwork('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(viewerNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(viewerNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(viewerNetwork('::1')).toBe('0:0:0:0::/64');
    expect(viewerNetwork('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('leaves anything else as it is', () => {
    expect(viewerNetwork('unknown')).toBe('unknown');
  });
});

describe('viewerKey', () => {
  it('is one key per network, never the address itself', () => {
    expect(viewerKey('2001:db8:1:2::1')).toBe(viewerKey('2001:db8:1:2:ffff::9'));
    expect(viewerKey('203.0.113.7')).not.toBe(viewerKey('203.0.113.8'));
    expect(viewerKey('203.0.113.7')).not.toContain('203');
  });
});
