// `npm start`: prepare the database, build when the build is missing or was made from other sources,
// then serve. Everything is read from the environment documented in the README.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureAuthSecret, ensureServerActionsKey } from './auth-secret.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
// Everything in the checkout can reach the build except these: tests, tooling, docs, data and
// build output. Listing what to skip (not what to include) means a new source file or folder is
// never missed.
const NOT_BUILD_INPUTS = new Set(['node_modules', '.git', 'data', 'e2e', 'tests', 'bench', 'docs', 'deploy', 'scripts', '.ci', 'next-env.d.ts']);
// The folders are skipped at the top level only: lib/data (the data layer) is a build input.
const notBuildInput = (name, topLevel) =>
  (topLevel && NOT_BUILD_INPUTS.has(name)) || name.startsWith('.next') || /\.(test\.tsx?|md|tsbuildinfo)$/.test(name);
const FINGERPRINT_FILE = 'source-fingerprint';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** A hash of the path and content of every file the build can read. */
export function sourceFingerprint(dir = root) {
  const hash = createHash('sha256');
  const walk = (relative) => {
    const entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (notBuildInput(entry.name, relative === '')) continue;
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) hash.update(`${file}\0`).update(fs.readFileSync(path.join(dir, file))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

export function buildIsCurrent() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) return false;
  const recorded = path.join(distDir, FINGERPRINT_FILE);
  return fs.existsSync(recorded) && fs.readFileSync(recorded, 'utf8') === sourceFingerprint();
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

// sharp's worker threads each get a glibc malloc arena that keeps freed photo buffers: a 50 MP
// upload left the server ~100 MB larger for good. Two arenas keep that memory reusable.
const MALLOC_ARENAS = '2';

/**
 * The environment the production server runs with: the caller's, plus the heap limit and the
 * malloc arena cap, each unless the operator set their own.
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @returns {Env}
 */
export function serverEnv(env = /** @type {Env} */ (process.env)) {
  const options = env.NODE_OPTIONS ?? '';
  return {
    ...env,
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? MALLOC_ARENAS,
    NODE_OPTIONS: options.includes('--max-old-space-size') ? options : `${options} ${HEAP_LIMIT}`.trim(),
  };
}

export function prepareDatabase() {
  run(bin('tsx'), ['--conditions=react-server', 'scripts/setup-database.ts']);
}

export function buildIfNeeded() {
  if (buildIsCurrent()) return;
  console.log('Đang build bản production (lần đầu mất khoảng một phút)…');
  // Taken before the build: a file changed while it runs makes the next start build again.
  const fingerprint = sourceFingerprint();
  run(bin('next'), ['build']);
  fs.writeFileSync(path.join(distDir, FINGERPRINT_FILE), fingerprint);
}

// Bodies stored before the structural limits existed are reported in the log, never refused; a
// separate low-priority process, so a large archive delays neither the start nor readers.
function reportStoredBodies() {
  spawn('nice', ['-n', '19', bin('tsx'), '--conditions=react-server', 'scripts/report-stored-bodies.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  }).unref();
}

// Node closes an idle keep-alive connection after 5 s by default, while nginx keeps its upstream
// connections open 60 s and HTTP clients reuse theirs: a request sent just as Node closed the
// socket met ECONNRESET (e2e saw it on Server Action POSTs, which no client retries). The app
// outlasts every client that keeps connections to it.
const KEEP_ALIVE_TIMEOUT_MS = 75_000;

/** The arguments of `next start` for this app, listening on `host`:`port`. */
export function nextStartArgs(port, host) {
  return ['start', '-p', String(port), '-H', host, '--keepAliveTimeout', String(KEEP_ALIVE_TIMEOUT_MS)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureAuthSecret();
  ensureServerActionsKey();
  prepareDatabase();
  buildIfNeeded();
  dropBuildTimeHomePage();
  const port = process.env.PORT ?? '3000';
  const server = spawn(bin('next'), nextStartArgs(port, process.env.HOST ?? '0.0.0.0'), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: serverEnv(),
  });
  let ready = false;
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (String(chunk).includes('Ready') && !ready) {
      ready = true;
      console.log(`\nTòa soạn đang chạy: ${process.env.SITE_URL ?? `http://localhost:${port}`}\n`);
      reportStoredBodies();
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
