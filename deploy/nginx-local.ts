// Runs deploy/nginx.conf as a private nginx on loopback, for the end-to-end test and the benchmark:
// same cache rules, only ports and paths moved into a scratch folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Run from the repository root, as npm scripts and Playwright do.
const CONFIG = path.join(process.cwd(), 'deploy/nginx.conf');

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
  // nginx workers drop root for an unprivileged user: they must be able to reach and write these.
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  for (const sub of ['cache', 'logs', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.chmodSync(path.join(dir, sub), 0o777);
  }
  const config = fs
    .readFileSync(CONFIG, 'utf8')
    .replace(/^pid .*;$/m, `pid ${dir}/nginx.pid;`)
    .replace(/^error_log .*;$/m, `error_log ${dir}/logs/error.log warn;`)
    .replace('worker_processes auto;', 'worker_processes 1;')
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${upstreamPort};`)
    .replace('/var/cache/nginx/toasoan', `${dir}/cache`)
    .replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`)
    .replace(/listen 127\.0\.0\.1:8081;/, `listen 127.0.0.1:${refreshPort};`)
    .replace(
      'http {',
      `http {\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;`,
    );
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, config);
  const nginx = (...args: string[]) => {
    const result = spawnSync('nginx', ['-p', dir, '-c', file, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`nginx ${args.join(' ')} failed: ${result.stderr}`);
  };
  return {
    url: `http://127.0.0.1:${listenPort}`,
    refreshUrl: `http://127.0.0.1:${refreshPort}`,
    start: () => nginx(),
    stop: () => {
      if (fs.existsSync(path.join(dir, 'nginx.pid'))) nginx('-s', 'stop');
    },
  };
}
