import { purgeCdnTags } from '@/lib/http/purge-webhook';
import { cacheTagsToken } from './cache-tags-token';
import { announceTagExpiry, cacheNamespace, createSharedCacheClient } from './shared-cache.mjs';

export type ExpiryRoute = 'redis' | 'server' | 'none';

/**
 * Expires cache tags in every serving process, from a process that is not one of them (the import
 * command line). With REDIS_URL the expiry is announced there, as the servers' own are; without
 * it (one server, or Redis unreachable) the running server is asked over loopback
 * (/api/internal/cache-tags), and passes it on itself. Without either no server was running, or
 * none reachable: returns 'none', and the caller says that pages refresh at their revalidate time.
 * Either way the CDN's purge webhook, when configured, gets the same tags, as after a change made
 * in the newsroom (lib/actions/define-action.ts): a CDN keeps its copies whatever the servers do.
 */
export async function expireCacheTagsFromOutside(tags: string[]): Promise<ExpiryRoute> {
  if (tags.length === 0) return 'none';
  const route = await expireInServers(tags);
  await purgeCdnTags(tags);
  return route;
}

async function expireInServers(tags: string[]): Promise<ExpiryRoute> {
  if (process.env.REDIS_URL && (await announceThroughRedis(process.env.REDIS_URL, tags))) return 'redis';
  return (await askRunningServer(tags)) ? 'server' : 'none';
}

async function announceThroughRedis(url: string, tags: string[]): Promise<boolean> {
  const client = createSharedCacheClient(url);
  client.on('error', () => {});
  try {
    await client.connect();
    const now = Date.now();
    const expiries = Object.fromEntries(tags.map((tag) => [tag, { stale: now, expired: now }]));
    await announceTagExpiry(client, cacheNamespace(), expiries, { origin: `cli-${process.pid}`, at: now, expiries });
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

async function askRunningServer(tags: string[]): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? '3000'}/api/internal/cache-tags`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cacheTagsToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
