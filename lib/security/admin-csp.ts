// The newsroom's Content-Security-Policy, set per request by proxy.ts. Readers' pages get a static
// policy from next.config.js instead; docs/decisions/0008-content-security-policy.md says why.

/** A fresh unguessable nonce for one response. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/** Only scripts carrying this response's nonce (Next adds it to its own) and what they load may run. */
export function adminCsp(nonce: string): string {
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
    "frame-ancestors 'none'",
  ].join('; ');
}
