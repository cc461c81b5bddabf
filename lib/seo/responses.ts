import { xmlResponse } from './conditional-get';
import { PUBLIC_FEED_CACHE_CONTROL } from './http';

// The one way feeds and sitemaps answer, so every file gets the same validators and cache policy.

export const XML_TYPE = 'application/xml; charset=utf-8';
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

/** 200 or 304; Last-Modified is the newest change to what the document lists (an ISO time). */
export function xmlDocument(request: Request, body: string, changedAt: string, contentType = XML_TYPE): Response {
  return xmlResponse(request, body, { contentType, lastModified: new Date(changedAt), cacheControl: PUBLIC_FEED_CACHE_CONTROL });
}

/** A plain 404 for a sitemap or feed name that does not exist. */
export function xmlNotFound(): Response {
  return new Response('Không tìm thấy', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PUBLIC_FEED_CACHE_CONTROL } });
}

/** A 308 from a renamed section's or event's old feed URL to its feed under the new slug. */
export function xmlMovedTo(path: string): Response {
  return new Response(null, { status: 308, headers: { Location: path, 'Cache-Control': PUBLIC_FEED_CACHE_CONTROL } });
}
