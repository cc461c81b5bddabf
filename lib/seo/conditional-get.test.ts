import { describe, expect, it } from 'vitest';
import { etagOf, isNotModified, xmlResponse } from './conditional-get';

const lastModified = new Date('2026-11-25T03:00:00.500Z');
const options = { contentType: 'application/rss+xml; charset=utf-8', lastModified, cacheControl: 'public, s-maxage=60' };

describe('conditional GET', () => {
  it('answers 200 with validators, then 304 to the same ETag', async () => {
    const first = xmlResponse(new Request('http://x/rss.xml'), '<rss/>', options);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('<rss/>');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('last-modified')).toBe('Wed, 25 Nov 2026 03:00:00 GMT');
    const again = xmlResponse(new Request('http://x/rss.xml', { headers: { 'If-None-Match': etag } }), '<rss/>', options);
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('sends the document again when it changed', () => {
    const headers = new Headers({ 'If-None-Match': etagOf('<rss/>') });
    expect(isNotModified(headers, etagOf('<rss><item/></rss>'), lastModified)).toBe(false);
  });

  it('matches weak and listed ETags, and If-Modified-Since only without If-None-Match', () => {
    const etag = etagOf('a');
    expect(isNotModified(new Headers({ 'If-None-Match': `"zzz", W/${etag}` }), etag, lastModified)).toBe(true);
    expect(isNotModified(new Headers({ 'If-Modified-Since': lastModified.toUTCString() }), etag, lastModified)).toBe(true);
    expect(isNotModified(new Headers({ 'If-Modified-Since': 'Wed, 25 Nov 2026 02:59:59 GMT' }), etag, lastModified)).toBe(false);
    expect(
      isNotModified(new Headers({ 'If-None-Match': '"other"', 'If-Modified-Since': lastModified.toUTCString() }), etag, lastModified),
    ).toBe(false);
  });
});
