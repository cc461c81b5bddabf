// The newsroom's Content-Security-Policy, set per request by proxy.ts. Readers' pages get a static
// policy from next.config.js instead; docs/decisions/0008-content-security-policy.md says why.

/** A fresh unguessable nonce for one response. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * Newsroom pages made to be shown inside another newsroom page: a front's preview, framed by the
 * front editor at phone and desktop width (media queries answer the frame's width, not a box's).
 */
export function isFramedAdminPath(pathname: string): boolean {
  return /^\/admin\/fronts\/[^/]+\/preview$/.test(pathname);
}

/**
 * Only scripts carrying this response's nonce (Next adds it to its own) and what they load may run.
 * No page may frame a newsroom page, except the newsroom itself framing those above.
 */
export function adminCsp(nonce: string, framedBy: "'none'" | "'self'" = "'none'"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Style attributes come from React and Tiptap; a style cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framedBy}`,
  ].join('; ');
}
