// @ts-check
// The cache handler next.config.js names: ./cache-handler.mjs (Next's in-memory cache, shared
// through Redis when REDIS_URL is set) storing each readers' page with its Surrogate-Key and
// Cache-Tag headers (./surrogate-keys.mjs). Set before the page is stored and answered, so the
// first answer, which a CDN may keep, carries them as well as every later one.
import CacheHandler from './cache-handler.mjs';
import { addSurrogateKeys } from './surrogate-keys.mjs';

export default class TaggedCacheHandler extends CacheHandler {
  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    addSurrogateKeys(data);
    return super.set(key, data, ctx);
  }
}
