// @ts-check
// Readers' pages' Content-Security-Policy. Static, since those pages are cached HTML shared by all
// (docs/decisions/0008-content-security-policy.md): next.config.js sends it with every readers'
// page, and proxy.ts sends it with frame-src added on the articles that embed third-party content.
// CommonJS, so next.config.js can require it.

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The readers' policy; with frame origins, it lets the page frame exactly those (an article's
 * embeds, loaded when the reader asks) and nothing else, not even this site.
 * @param {readonly string[]} [frameOrigins]
 */
function publicCsp(frameOrigins = []) {
  const frames = frameOrigins.length > 0 ? [`frame-src ${[...new Set(frameOrigins)].sort().join(' ')}`] : [];
  return [...DIRECTIVES, ...frames].join('; ');
}

module.exports = { PUBLIC_CSP: publicCsp(), publicCsp };
