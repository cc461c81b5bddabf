import 'server-only';
import http from 'node:http';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

// nginx keeps one copy per page and compression (deploy/nginx.conf keys on gzip or not): both are refreshed.
const ENCODINGS = ['gzip', ''] as const;
const TIMEOUT_MS = 10_000;

function refreshOne(base: URL, site: URL, path: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // node:http, not fetch: fetch will not send another Host, and nginx keys pages by the public one.
    const request = http.get(
      new URL(path, base),
      {
        headers: {
          host: site.host,
          'x-forwarded-proto': site.protocol.replace(':', ''),
          ...(encoding ? { 'accept-encoding': encoding } : {}),
        },
        timeout: TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}

/**
 * Has nginx's refresh server (PROXY_REFRESH_URL) fetch these pages from the app afresh and
 * replace its cached copies, so readers behind it stop seeing a taken-down article now rather
 * than after the page TTL. Call only after Next's own cache tags have been expired.
 */
export async function refreshProxyCache(paths: string[]): Promise<void> {
  if (!env.PROXY_REFRESH_URL || paths.length === 0) return;
  const base = new URL(env.PROXY_REFRESH_URL);
  const site = new URL(env.SITE_URL);
  const failures: string[] = [];
  await Promise.all(
    paths.flatMap((path) =>
      ENCODINGS.map(async (encoding) => {
        try {
          const status = await refreshOne(base, site, path, encoding);
          if (status >= 500) failures.push(`${path} ${status}`);
        } catch (error) {
          failures.push(`${path} ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    ),
  );
  if (failures.length) log('warn', 'proxy cache refresh failed', { failures });
}
