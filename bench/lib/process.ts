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

/** A process and all its descendants: pid and resident memory (KB) of each. */
function processTree(pid: number): [pid: number, rssKb: number][] {
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
  return rows.filter(([p]) => tree.has(p)).map(([p, , rss]) => [p, rss]);
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((sum, [, rss]) => sum + rss, 0) / 1024;
}

/** Kernel clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * CPU time (user + system) a process and its descendants have used, in ms, from /proc (Linux):
 * unlike wall time, it does not grow when other work shares the cores.
 */
export function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const [p] of processTree(pid)) {
    try {
      // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the line.
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
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
