import { ServerResponse } from 'node:http';

// Next 16 appends a cached page's headers to a response that already has them when a redirect
// is rendered for the first time (vercel/next.js#82117, open as of 16.4.6), so a page's
// permanentRedirect() answers with two identical Location headers, which proxies and crawlers
// join into an invalid "/a, /a". These headers have one value by definition: a second,
// identical append is dropped.
// Removable once Next is fixed: after upgrading Next, delete this patch (and its call in
// instrumentation.ts) and run the redirect e2e test (e2e/public/reading.spec.ts counts Location
// headers). If it passes, the patch goes; if not, raise this version. A unit test fails on any
// other Next version so the upgrade cannot skip the check.
export const PATCH_CHECKED_WITH_NEXT = '16.4.6';
const SINGLE_VALUED = new Set(['location', 'x-nextjs-stale-time']);

let installed = false;

/** Makes appending an identical single-valued header a no-op on every Node response. */
export function dropDuplicateSingleValuedHeaders(): void {
  if (installed) return;
  installed = true;
  const append = ServerResponse.prototype.appendHeader;
  ServerResponse.prototype.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (SINGLE_VALUED.has(name.toLowerCase()) && this.hasHeader(name) && String(this.getHeader(name)) === String(value)) return this;
    return append.call(this, name, value);
  };
}
