// Readers at a steady rate, run as a process of its own (steady-readers-main.ts) so the bench's own
// work never delays a send: `steadyReaders()` below starts it and reads the one JSON line it prints.
//
// wrk keeps N connections busy as fast as the server answers (a closed loop), so its latency is
// mostly each request waiting behind the others of the same load: what a saturated server costs,
// not what a reader waits. Here a request goes out every 1/rate s whether or not the earlier ones
// have answered (an open loop), to the servers in turn as nginx would send them, and each is timed
// from when it was due: a stall delays every request due during it, and all of them count it
// (no coordinated omission).
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { percentile } from './percentile';

export type SteadyResult = { rate: number; due: number; ok: number; errors: number; p50Ms: number; p90Ms: number; p99Ms: number; maxMs: number };
export type Plan = { urls: string[]; paths: string[]; rate: number; seconds: number };

const REQUEST_TIMEOUT_MS = 10_000;

/** `plan.rate` requests a second for `plan.seconds` s, spread over `plan.urls` in turn; on 127.0.0.1 only. */
export function steadyReaders(plan: Plan): Promise<SteadyResult> {
  for (const url of plan.urls) {
    if (new URL(url).hostname !== '127.0.0.1') throw new Error(`benchmarks only load 127.0.0.1, not ${url}`);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(process.cwd(), 'bench/lib/steady-readers-main.ts'), JSON.stringify(plan)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as SteadyResult) : reject(new Error(`steady readers exited with ${code}`))));
  });
}

export async function runSteadyReaders({ urls, paths, rate, seconds }: Plan): Promise<SteadyResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const due = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const get = (url: string) =>
    new Promise<boolean>((resolve) => {
      const request = http.get(url, { agent, timeout: REQUEST_TIMEOUT_MS }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode === 200));
        response.on('error', () => resolve(false));
      });
      request.on('timeout', () => request.destroy());
      request.on('error', () => resolve(false));
    });
  const start = performance.now();
  const pending: Promise<void>[] = [];
  let sent = 0;
  await new Promise<void>((finish) => {
    const tick = () => {
      // Whatever fell due since the last turn (a late timer sends them at once, still timed from their due time).
      const now = performance.now();
      while (sent < due && start + (sent * 1000) / rate <= now) {
        const dueAt = start + (sent * 1000) / rate;
        const url = urls[sent % urls.length]! + paths[Math.floor(Math.random() * paths.length)]!;
        sent++;
        pending.push(
          get(url).then((ok) => {
            if (ok) latencies.push(performance.now() - dueAt);
            else errors++;
          }),
        );
      }
      if (sent < due) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
      else finish();
    };
    tick();
  });
  await Promise.all(pending);
  agent.destroy();
  return { rate, due, ok: latencies.length, errors, p50Ms: percentile(latencies, 50), p90Ms: percentile(latencies, 90), p99Ms: percentile(latencies, 99), maxMs: percentile(latencies, 100) };
}
