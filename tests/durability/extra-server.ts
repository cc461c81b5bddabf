import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_DIR } from '../../e2e/helpers/env';

// A second `next start` of the same build, on its own port (≥ 3400) and database file, that a
// test may kill -9. It shares the e2e server's AUTH_SECRET, so sessions signed there work here.

export type ExtraServer = { url: string; process: ChildProcess; stop(): void };

export async function startServer(port: number, databasePath = E2E_DATABASE_PATH, siteUrl = `http://127.0.0.1:${port}`, host = '127.0.0.1'): Promise<ExtraServer> {
  const secret = fs.readFileSync(path.join(path.dirname(E2E_DATABASE_PATH), 'auth-secret'), 'utf8').trim();
  const child = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', host], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databasePath, MEDIA_DIR: path.join(E2E_DIR, 'media'), SITE_URL: siteUrl, AUTH_SECRET: secret, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, process: child, stop: () => void child.kill('SIGKILL') };
}

/** Waits until the killed process has really gone (its port and file handles released). */
export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export { E2E_BASE_URL };
