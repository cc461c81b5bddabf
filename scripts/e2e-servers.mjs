// Starts the e2e suite's servers side by side, one `scripts/e2e-server.mjs` per worker (Playwright
// starts the entries of its webServer list one after the other), and prints "e2e servers ready"
// once every one answers. E2E_SERVERS is the JSON list of each server's environment, with its URL
// (playwright.config.ts). The first server that needs a build makes it while the others wait
// (scripts/build-lock.mjs).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/** @type {{ url: string, env: Record<string, string> }[]} */
const servers = JSON.parse(process.env.E2E_SERVERS ?? '[]');

// One seeded database (and its photos) that every server copies, rather than each seeding its own.
const seeded = path.join(os.tmpdir(), `toasoan-e2e-seeded-${process.pid}`);
const layout = (env) => ({
  DATABASE_PATH: path.join(seeded, path.relative(env.E2E_DIR, env.DATABASE_PATH)),
  MEDIA_DIR: path.join(seeded, path.relative(env.E2E_DIR, env.MEDIA_DIR)),
});
if (servers.length > 1) {
  execFileSync(process.execPath, [path.join(import.meta.dirname, 'e2e-server.mjs'), '--seed-only'], {
    env: { ...process.env, ...servers[0].env, E2E_DIR: seeded, ...layout(servers[0].env) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
process.on('exit', () => fs.rmSync(seeded, { recursive: true, force: true }));

const children = servers.map(({ env }, index) => {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'e2e-server.mjs')], {
    env: { ...process.env, ...env, ...(servers.length > 1 ? { E2E_SEEDED: seeded } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  readline.createInterface({ input: child.stderr }).on('line', (line) => console.error(`[server ${index + 1}] ${line}`));
  // One server gone means its worker's tests cannot run: stop them all.
  child.on('exit', (code) => stop(`server ${index + 1} exited (code ${code})`));
  return child;
});

let stopping = false;
function stop(reason) {
  if (stopping) return;
  stopping = true;
  if (reason) console.error(reason);
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = reason ? 1 : 0;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop());

async function answers(url) {
  while (!stopping) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(30_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
}

await Promise.all(servers.map(({ url }) => answers(url)));
if (!stopping) console.log('e2e servers ready');
