// Starts the e2e suite's servers side by side, one `scripts/e2e-server.mjs` per worker (Playwright
// starts the entries of its webServer list one after the other), and prints "e2e servers ready"
// once every one answers. E2E_SERVERS is the JSON list of each server's environment, with its URL
// (playwright.config.ts). The first server that needs a build makes it while the others wait
// (scripts/build-lock.mjs).
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/** @type {{ url: string, env: Record<string, string> }[]} */
const servers = JSON.parse(process.env.E2E_SERVERS ?? '[]');
const children = servers.map(({ env }, index) => {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'e2e-server.mjs')], {
    env: { ...process.env, ...env },
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
