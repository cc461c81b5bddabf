import { ServerResponse } from 'node:http';

// Next 16 appends a cached page's headers to a response that already has them when a redirect
// is rendered for the first time (vercel/next.js#82117, open as of 16.4.6), so a page's
// permanentRedirect() answers with two identical Location headers, which proxies and crawlers
// join into an invalid "/a, /a". These headers have one value by definition: a second,
// identical append is dropped.
// Removable from the first Next release that ships a fix for #82117: the open pull request
// vercel/next.js#95913 replays cached headers through NodeNextResponse.appendHeader, which skips
// identical values; no release up to 16.4.6 has it. After upgrading Next, delete this patch (and
// its call in instrumentation.ts) and run the redirect e2e test (e2e/public/reading.spec.ts counts
// Location headers). If it passes, the patch goes; if not, raise this version. Two unit tests make
// the upgrade stop here: one fails on any other Next version, one when Next's cached-header replay
// no longer appends blindly (the likely fix).
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
