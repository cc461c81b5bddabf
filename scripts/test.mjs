// `npm test`: every check CI runs, in rounds: the unit tests; types and lint beside the
// production build; then the e2e suite (two workers, each on its own server and throwaway
// database) and the security suite, over that one build. A failure skips the rounds after it.
// Ends with each check's time.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const e2ePort = Number(process.env.E2E_PORT ?? 3210);
const e2eWorkers = Number(process.env.E2E_WORKERS ?? 2);
// The security suite uses its port and the 13 after it (tests/security/nginx-ports.ts). Without
// E2E_PORT it keeps its own default; with one, it takes the first port after e2e's servers.
const securityPort = process.env.E2E_SECURITY_PORT ?? (process.env.E2E_PORT ? String(e2ePort + e2eWorkers) : '3307');

// Checks with timeouts (unit, e2e, security) never share the cores with the build, types or lint.
const rounds = [
  [{ name: 'unit', args: ['run', 'test:unit'] }],
  [
    { name: 'typecheck', args: ['run', 'typecheck'] },
    { name: 'lint', args: ['run', 'lint'] },
    {
      name: 'build',
      command: process.execPath,
      args: ['scripts/e2e-server.mjs', '--build-only'],
      env: (() => {
        const dir = path.join(os.tmpdir(), `toasoan-build-${e2ePort}`);
        return { E2E_DIR: dir, DATABASE_PATH: path.join(dir, 'e2e.db'), MEDIA_DIR: path.join(dir, 'media') };
      })(),
    },
  ],
  [{ name: 'e2e', args: ['run', 'test:e2e'] }],
  // Alone: its cases measure latency and memory under load (crops, takedown), which a parallel
  // e2e run on the same two cores made fail by a few hundred milliseconds.
  [{ name: 'security', args: ['run', 'test:security'], env: { E2E_PORT: securityPort } }],
];

const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Each check is a process group (npm, its shell, the tool and its servers): stop it all.
    for (const child of running) process.kill(-child.pid, signal);
    process.exit(1);
  });
}

/** Runs one check, its output prefixed with its name; resolves to its exit code and seconds. */
function run({ name, command = 'npm', args, env = {} }) {
  const started = Date.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      running.delete(child);
      const seconds = (Date.now() - started) / 1000;
      console.log(`[${name}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
      resolve({ name, code, seconds });
    });
  });
}

const started = Date.now();
const results = [];
for (const round of rounds) {
  const done = await Promise.all(round.map(run));
  results.push(...done);
  if (done.some((result) => result.code !== 0)) break;
}
const failed = results.filter((result) => result.code !== 0);
console.log('\nnpm test:');
for (const { name, code, seconds } of results) console.log(`  ${name.padEnd(10)} ${code === 0 ? 'passed' : 'FAILED'}  ${seconds.toFixed(0).padStart(4)} s`);
const skipped = rounds.flat().length - results.length;
console.log(`  total      ${((Date.now() - started) / 1000).toFixed(0).padStart(11)} s${skipped ? ` (${skipped} skipped after a failure)` : ''}`);
process.exit(failed.length > 0 ? 1 : 0);
