import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export type Server = { process: ChildProcess; url: string; stop: () => Promise<void> };

/** Starts a server and resolves once `probePath` answers 200, with the time that took. */
export async function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; url: string; probePath: string; log: string },
): Promise<{ server: Server; readyMs: number }> {
  const started = performance.now();
  const out = fs.openSync(options.log, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', out, out], detached: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited early; see ${options.log}`);
    try {
      const response = await fetch(options.url + options.probePath, { redirect: 'manual' });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${options.url} did not come up; see ${options.log}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  const stop = async () => {
    if (child.exitCode !== null) return;
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return { server: { process: child, url: options.url, stop }, readyMs };
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(pid: number): number {
  const listing = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout;
  const rows = listing
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of rows) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  return rows.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

/** Samples a value every `everyMs` until stopped; returns the maximum seen. */
export function sampleMax(read: () => number, everyMs = 200): () => number {
  let max = read();
  const timer = setInterval(() => {
    max = Math.max(max, read());
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(max, read());
  };
}
