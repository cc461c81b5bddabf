// `npm start`: prepare the database, build when the build is missing or older than the sources,
// then serve. Everything is read from the environment documented in the README.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureAuthSecret } from './auth-secret.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
const SOURCES = ['app', 'lib', 'db', 'public', 'next.config.js', 'package-lock.json', 'tsconfig.json', 'auth.ts', 'auth.config.ts', 'proxy.ts'];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { recursive: true })
    .reduce((newest, file) => Math.max(newest, fs.statSync(path.join(full, String(file))).mtimeMs), stat.mtimeMs);
}

export function buildIsCurrent() {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((entry) => newestMtime(entry) <= built);
}

// The home page is prerendered at build time from whatever database the build saw; dropping
// that copy makes the first request render from the database being served.
export function dropBuildTimeHomePage() {
  const appDir = path.join(distDir, 'server/app');
  for (const file of ['index.html', 'index.rsc', 'index.meta', 'index.segments']) {
    fs.rmSync(path.join(appDir, file), { recursive: true, force: true });
  }
}

// V8 grows the heap lazily under load (a 50-connection burst took the server to ~460 MB);
// a 256 MB old space makes it collect sooner at no measured cost in throughput (npm run bench).
// An operator's own --max-old-space-size in NODE_OPTIONS wins.
const HEAP_LIMIT = '--max-old-space-size=256';

/**
 * The environment the production server runs with: the caller's, plus the heap limit.
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @returns {Env}
 */
export function serverEnv(env = /** @type {Env} */ (process.env)) {
  const options = env.NODE_OPTIONS ?? '';
  if (options.includes('--max-old-space-size')) return env;
  return { ...env, NODE_OPTIONS: `${options} ${HEAP_LIMIT}`.trim() };
}

export function prepareDatabase() {
  run(bin('tsx'), ['--conditions=react-server', 'db/setup.ts']);
}

export function buildIfNeeded() {
  if (buildIsCurrent()) return;
  console.log('Đang build bản production (lần đầu mất khoảng một phút)…');
  run(bin('next'), ['build']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureAuthSecret();
  prepareDatabase();
  buildIfNeeded();
  dropBuildTimeHomePage();
  const port = process.env.PORT ?? '3000';
  const server = spawn(bin('next'), ['start', '-p', port, '-H', process.env.HOST ?? '0.0.0.0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: serverEnv(),
  });
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (String(chunk).includes('Ready')) {
      console.log(`\nTòa soạn đang chạy: ${process.env.SITE_URL ?? `http://localhost:${port}`}\n`);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
