import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type WrkResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
};

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return { us: n / 1000, ms: n, s: n * 1000, m: n * 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
}

/** Parses wrk's --latency report. */
export function parseWrk(output: string): WrkResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN);
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(output)?.[1] ?? '');
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(output)?.[1] ?? '');
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return { requestsPerSecond: rps, p50Ms: p50, p99Ms: p99, requests, errors: non2xx + socketErrors };
}

/**
 * Load on 127.0.0.1 only, bounded by duration. With several paths, each request picks one at
 * random (a Lua script), so "random article" really spreads over the corpus.
 */
export function runWrk(url: string, options: { connections: number; seconds: number; paths?: string[]; scratch: string }): WrkResult {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`benchmarks only load 127.0.0.1, not ${target.hostname}`);
  const args = ['-t', options.connections > 1 ? '2' : '1', '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency', '--timeout', '10s'];
  if (options.paths && options.paths.length > 0) {
    const list = path.join(options.scratch, `paths-${process.pid}.txt`);
    fs.writeFileSync(list, options.paths.join('\n'));
    const script = path.join(options.scratch, 'random-paths.lua');
    fs.writeFileSync(
      script,
      `local paths = {}\nfor line in io.lines("${list}") do paths[#paths + 1] = line end\n` +
        `math.randomseed(os.time())\nrequest = function()\n  return wrk.format("GET", paths[math.random(#paths)])\nend\n`,
    );
    args.push('-s', script);
  }
  args.push(url);
  const result = spawnSync('wrk', args, { encoding: 'utf8', timeout: (options.seconds + 30) * 1000 });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.stdout}`);
  return parseWrk(result.stdout);
}
