// `npm test`: every check CI runs, in rounds: the unit tests, types and lint beside the production
// build; then the e2e suite (four workers, each on its own server and throwaway database) beside
// the security suite and the scaled setup's suite (Redis, three app processes, nginx); then the
// security cases that measure under load, alone. All over one build. A failure skips the rounds
// after it. Ends with each check's time, and each round's with how busy the cores were.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const e2ePort = Number(process.env.E2E_PORT ?? 3210);
// e2e waits on the browser and on its servers' timers much of the time: with three workers the
// two cores were still idle an eighth of the round (875 CPU-s in 498 s); a fourth took it to 478 s.
const e2eWorkers = process.env.E2E_WORKERS ?? '4';
// The security suite uses its port and the 13 after it (tests/security/nginx-ports.ts). Without
// E2E_PORT it keeps its own default; with one, it takes the first port after e2e's servers.
const securityPort = process.env.E2E_SECURITY_PORT ?? (process.env.E2E_PORT ? String(e2ePort + Number(e2eWorkers)) : '3307');
// The scaled suite uses its port and the 12 after it (e2e/scaled/scaled-env.ts): its own default,
// or with E2E_PORT set, clear of the security suite's.
const scaledPort = process.env.E2E_SCALED_PORT ?? (process.env.E2E_PORT ? String(e2ePort + Number(e2eWorkers) + 14) : '3460');
const distDir = path.resolve(import.meta.dirname, '..', process.env.NEXT_DIST_DIR || '.next');

const build = {
  name: 'build',
  command: process.execPath,
  args: ['scripts/e2e-server.mjs', '--build-only'],
  env: (() => {
    const dir = path.join(os.tmpdir(), `toasoan-build-${e2ePort}`);
    return {
      E2E_DIR: dir,
      DATABASE_PATH: path.join(dir, 'e2e.db'),
      MEDIA_DIR: path.join(dir, 'media'),
      // typecheck below runs tsc over the same sources: Next's own check would be the same work
      // again on the same two cores (next.config.js).
      TYPES_CHECKED_BESIDE_BUILD: '1',
    };
  })(),
};

const rounds = [
  [
    // Two forks: vitest's default on two cores is one, which left a core to the others.
    { name: 'unit', args: ['run', 'test:unit', '--', '--maxWorkers=2'] },
    // Starts once the build has written the route types (or found its build current), so tsc
    // also checks every page's and route's exports against them, as Next's check would.
    { name: 'typecheck', args: ['run', 'typecheck'], after: (started) => routeTypesWritten(started) },
    { name: 'lint', args: ['run', 'lint'] },
    build,
  ],
  [
    { name: 'e2e', args: ['run', 'test:e2e'], env: { E2E_WORKERS: e2eWorkers } },
    // Beside e2e, on a server of its own: its cases mostly wait on HTTP answers.
    { name: 'security', args: ['run', 'test:security', '--', '--grep-invert', '@alone'], env: { E2E_PORT: securityPort } },
    // Beside them too: 90 s and about 55 CPU-s alone, mostly waiting on its processes' restarts,
    // against e2e's 480 s. Its rolling restart is bounded by time, not by the saves that fit in it.
    { name: 'scaled', args: ['run', 'test:scaled'], env: { E2E_PORT: scaledPort } },
  ],
  // Alone: the cases that measure latency and memory under their own load (crops, takedown);
  // anything else on the same two cores made them miss their deadlines.
  [{ name: 'security-timed', args: ['run', 'test:security', '--', '--grep', '@alone'], env: { E2E_PORT: securityPort } }],
];

const running = new Set();
const finished = new Map();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Each check is a process group (npm, its shell, the tool and its servers): stop it all.
    for (const child of running) process.kill(-child.pid, signal);
    process.exit(1);
  });
}

/** Resolves once the build has written its route types after `since`, or has ended. */
async function routeTypesWritten(since) {
  // The last of the files Next writes in that step.
  const last = path.join(distDir, 'types', 'root-params.d.ts');
  while (!finished.has('build')) {
    if (fs.existsSync(last) && fs.statSync(last).mtimeMs >= since) return;
    await sleep(250);
  }
}

/**
 * CPU seconds the machine has spent busy since boot, all cores together (Linux's /proc/stat, in
 * its 1/100 s ticks), or null elsewhere. The checks run side by side until the cores are full, so
 * the busy seconds, not the wall time, say what a check costs and what could make the run shorter.
 */
function machineBusySeconds() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return null;
  }
}

/** "N s", and with /proc/stat how busy the cores were meanwhile. */
function spent(startedAt, busyAtStart) {
  const seconds = (Date.now() - startedAt) / 1000;
  const busy = machineBusySeconds();
  if (busy === null || busyAtStart === null) return `${seconds.toFixed(0)} s`;
  const cores = os.availableParallelism();
  return `${seconds.toFixed(0)} s, the machine busy ${(busy - busyAtStart).toFixed(0)} CPU-s of ${(seconds * cores).toFixed(0)} (${cores} cores)`;
}

/** Runs one check, its output prefixed with its name; resolves to its exit code and seconds. */
async function run({ name, command = 'npm', args, env = {}, after }) {
  const started = Date.now();
  if (after) await after(started);
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      running.delete(child);
      const seconds = (Date.now() - started) / 1000;
      finished.set(name, code);
      console.log(`[${name}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
      resolve({ name, code, seconds });
    });
  });
}

const started = Date.now();
const busyAtStart = machineBusySeconds();
const results = [];
for (const [index, round] of rounds.entries()) {
  const roundStarted = Date.now();
  const roundBusy = machineBusySeconds();
  const done = await Promise.all(round.map(run));
  results.push(...done);
  console.log(`[round ${index + 1}] ${spent(roundStarted, roundBusy)}`);
  if (done.some((result) => result.code !== 0)) break;
}
const failed = results.filter((result) => result.code !== 0);
console.log('\nnpm test:');
for (const { name, code, seconds } of results) console.log(`  ${name.padEnd(15)} ${code === 0 ? 'passed' : 'FAILED'}  ${seconds.toFixed(0).padStart(4)} s`);
const skipped = rounds.flat().length - results.length;
console.log(`  total           ${((Date.now() - started) / 1000).toFixed(0).padStart(11)} s${skipped ? ` (${skipped} skipped after a failure)` : ''}`);
console.log(`  (${spent(started, busyAtStart)})`);
process.exit(failed.length > 0 ? 1 : 0);
