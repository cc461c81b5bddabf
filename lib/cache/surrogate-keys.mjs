// @ts-check
// Readers' pages carry the cache tags they were rendered from (lib/cache-tags.ts names them), so
// a CDN in front can drop exactly the pages a change touches when the app sends it those tags
// (lib/http/purge-webhook.ts): `Surrogate-Key`, space-separated (Fastly, Varnish xkey), and
// `Cache-Tag`, comma-separated (Cloudflare). Next gathers every tag a render read (each
// unstable_cache call's) into the stored page's `x-next-cache-tags`, but sends that header only
// on Vercel; any other header stored with a page goes out with every answer made from it.

const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
/**
 * Carried by every tagged page besides its own tags: purging it drops every page a CDN keeps,
 * for a change no narrower tag names (a database restored from a backup, scripts/restore.ts).
 */
export const SITE_WIDE_KEY = 'toasoan';
// Next's own tags for a page's path and layouts; a change names the app's tags, never these.
const IMPLICIT_TAG_PREFIX = '_N_T_';

/**
 * Adds Surrogate-Key and Cache-Tag to a rendered page or route answer about to be cached, from
 * the tags its render read. Anything else is left as it is.
 * @param {any} entry a value given to the cache handler's set()
 */
export function addSurrogateKeys(entry) {
  if (entry?.kind !== 'APP_PAGE' && entry?.kind !== 'APP_ROUTE') return;
  const header = entry.headers?.[NEXT_CACHE_TAGS_HEADER];
  if (typeof header !== 'string') return;
  const tags = [...new Set(header.split(','))].filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX));
  if (tags.length === 0) return;
  tags.push(SITE_WIDE_KEY);
  entry.headers['surrogate-key'] = tags.join(' ');
  entry.headers['cache-tag'] = tags.join(',');
}
