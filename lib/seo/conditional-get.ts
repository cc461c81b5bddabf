import { createHash } from 'node:crypto';

// Conditional GET for feeds and sitemaps: readers and crawlers poll these often, and a 304
// saves sending the same document again.

/** A strong ETag from the exact bytes sent. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  // If-None-Match uses weak comparison: W/"x" matches "x".
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it. */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) return matchesEtag(ifNoneMatch, etag);
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds, so compare at that precision.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export type XmlResponseOptions = { contentType: string; lastModified: Date; cacheControl: string };

/** 200 with the document, or 304 when the client's copy is current. */
export function xmlResponse(request: Request, body: string, options: XmlResponseOptions): Response {
  const etag = etagOf(body);
  const headers = new Headers({
    ETag: etag,
    'Last-Modified': options.lastModified.toUTCString(),
    'Cache-Control': options.cacheControl,
  });
  if (isNotModified(request.headers, etag, options.lastModified)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', options.contentType);
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
