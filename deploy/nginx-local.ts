// Runs deploy/nginx.conf as a private nginx on loopback, for the end-to-end test and the benchmark:
// same cache rules, only ports and paths moved into a scratch folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { removeLeftoverSocket, writeNginxConfig } from './nginx-config.cjs';

/** How long deploy/nginx.conf keeps a reader's page fresh (its PAGE_TTL): a change reaches readers within it plus one render. */
export const PAGE_TTL_SECONDS = Number(
  /proxy_cache_valid 200 301 308 404 (\d+)s; # PAGE_TTL/.exec(fs.readFileSync(path.join(process.cwd(), 'deploy/nginx.conf'), 'utf8'))![1],
);

/**
 * Writes a runnable copy of the production config and returns how to start and stop it. The
 * cache-refresh server (PROXY_REFRESH_URL for the app) listens on refreshPort, by default the next port.
 */
export function localNginx({
  listenPort,
  upstreamPort,
  dir,
  refreshPort = listenPort + 1,
}: {
  listenPort: number;
  upstreamPort: number;
  dir: string;
  refreshPort?: number;
}) {
  const file = writeNginxConfig({ listenPort, refreshPort, upstreamPorts: [upstreamPort], dir });
  const nginx = (...args: string[]) => {
    const result = spawnSync('nginx', ['-p', dir, '-c', file, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`nginx ${args.join(' ')} failed: ${result.stderr}`);
  };
  return {
    url: `http://127.0.0.1:${listenPort}`,
    refreshUrl: `http://127.0.0.1:${refreshPort}`,
    start: () => {
      removeLeftoverSocket(dir);
      nginx();
    },
    stop: () => {
      if (fs.existsSync(path.join(dir, 'nginx.pid'))) nginx('-s', 'stop');
    },
  };
}
