// @ts-check
// deploy/nginx.conf, runnable by an unprivileged private nginx: the same cache rules with ports,
// paths and the app's address(es) moved. Used by the tests and the bench (nginx-local.ts) and by
// `npm run start:scaled`, which puts several app processes behind it.
// CommonJS: Playwright loads the TypeScript that requires it as CommonJS, and an .mjs file there
// fails ('exports is not defined in ES module scope'); plain Node imports it from ESM as well.
const fs = require('node:fs');
const path = require('node:path');

const CONFIG = path.join(__dirname, 'nginx.conf');
// The filler server's socket (deploy/nginx.conf), in the private folder.
const FILL_SOCKET = 'fill.sock';

/**
 * Writes the config into `dir` (with the cache and temporary folders nginx needs) and returns its path.
 * Several upstream ports are balanced by nginx: a process that refuses connections (crashed) is
 * skipped for `fail_timeout` and its requests go to the others. A port in `drainedPorts` (a
 * process about to be restarted on purpose) is marked `down`: after a reload nginx sends it
 * nothing, not even on a kept-alive connection, so no request is cut by its stop.
 * `searchPorts` are processes for search pages only; the upstream ports are their backup. Without
 * them, search pages go to the upstream ports like every other page.
 * @param {{ listenPort: number, refreshPort: number, upstreamPorts: number[], searchPorts?: number[], dir: string, drainedPorts?: number[] }} options
 */
function writeNginxConfig({ listenPort, refreshPort, upstreamPorts, searchPorts = [], dir, drainedPorts = [] }) {
  // nginx workers drop root for an unprivileged user: they must be able to reach and write these.
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  for (const sub of ['cache', 'logs', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.chmodSync(path.join(dir, sub), 0o777);
  }
  /** @param {number} port @param {string} [role] */
  const server = (port, role = '') => `server 127.0.0.1:${port} max_fails=1 fail_timeout=2s${role}${drainedPorts.includes(port) ? ' down' : ''};`;
  const servers = upstreamPorts.length === 1 ? `server 127.0.0.1:${upstreamPorts[0]};` : upstreamPorts.map((port) => server(port)).join('\n    ');
  const searchServers = searchPorts.length === 0 ? servers : [...searchPorts.map((port) => server(port)), ...upstreamPorts.map((port) => server(port, ' backup'))].join('\n    ');
  const config = fs
    .readFileSync(CONFIG, 'utf8')
    .replace(/^pid .*;$/m, `pid ${dir}/nginx.pid;`)
    .replace(/^error_log .*;$/m, `error_log ${dir}/logs/error.log warn;`)
    .replace('worker_processes auto;', 'worker_processes 1;')
    .replace(/server 127\.0\.0\.1:3000; # SEARCH_POOL/, searchServers)
    .replace(/server 127\.0\.0\.1:3000;/, servers)
    .replace('/var/cache/nginx/toasoan', `${dir}/cache`)
    .replaceAll('unix:/run/toasoan-fill.sock', `unix:${path.join(dir, FILL_SOCKET)}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`)
    .replace(/listen 127\.0\.0\.1:8081;/, `listen 127.0.0.1:${refreshPort};`)
    .replace(
      'http {',
      `http {\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;`,
    );
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, config);
  return file;
}

/**
 * Removes the filler's socket that an nginx killed in `dir` left behind: nginx removes it only when
 * it stops cleanly, and will not start while it is there ("bind() … failed (98: Address already
 * in use)"). Call only when no nginx runs on `dir`.
 * @param {string} dir
 */
function removeLeftoverSocket(dir) {
  fs.rmSync(path.join(dir, FILL_SOCKET), { force: true });
}

exports.writeNginxConfig = writeNginxConfig;
exports.removeLeftoverSocket = removeLeftoverSocket;
