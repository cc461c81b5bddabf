import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The scaled setup under test (playwright.scaled.config.ts): `npm run start:scaled -- --instances 3`
// on its own throwaway database, with a Redis of the test's own (REDIS_URL) so a test can stop it.
// Ports as start:scaled lays them out: nginx on PORT, its refresh server PORT+1, apps PORT+10…;
// PORT+3 the CDN purge receiver (purge-receiver.mjs); PORT+4 … PORT+8 a second, short-lived
// start:scaled with an app process, a search process and a Redis of its own (`selfContained`).
// 13 ports in all: the suite's own start:scaled runs no search process (--search-instances 0).
const PORT = Number(process.env.E2E_PORT ?? 3460);
const dir = path.join(os.tmpdir(), `toasoan-scaled-${PORT}`);

export const SCALED = {
  instances: 3,
  port: PORT,
  nginxUrl: `http://127.0.0.1:${PORT}`,
  redisPort: PORT + 2,
  /** The suite's Redis, as the config starts it and the Redis test starts it again. */
  redisArgs: ['--port', String(PORT + 2), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
  appUrls: [0, 1, 2].map((index) => `http://127.0.0.1:${PORT + 10 + index}`),
  purgePort: PORT + 3,
  /** What the purge receiver got: one JSON line per purge, its tags and whether it was signed right. */
  purgesFile: path.join(dir, 'purges.jsonl'),
  purgeSecret: 'bí-mật-webhook-của-bộ-thử-mở-rộng-dài-hơn-32-ký-tự',
  dir,
  databasePath: path.join(dir, 'data', 'toasoan.db'),
  mediaDir: path.join(dir, 'data', 'media'),
  /** Written by start:scaled: its own pid, the apps' ports and pids. */
  processesFile: path.join(dir, 'data', 'scaled', 'processes.json'),
  /**
   * `npm run start:scaled -- --instances 1` with no REDIS_URL, beside the suite's: nginx on
   * PORT+4 (refresh PORT+5), its own Redis on PORT+6, the app on PORT+7 (--app-port), its search
   * process (the default one) on PORT+8. Two processes to start, as many as CI's cores.
   */
  selfContained: {
    instances: 1,
    port: PORT + 4,
    redisPort: PORT + 6,
    appPort: PORT + 7,
    searchPort: PORT + 8,
    databasePath: path.join(dir, 'self-contained', 'data', 'toasoan.db'),
    mediaDir: path.join(dir, 'self-contained', 'data', 'media'),
    processesFile: path.join(dir, 'self-contained', 'data', 'scaled', 'processes.json'),
  },
};

export type ScaledProcesses = {
  supervisor: number;
  /** The Redis and the nginx master start:scaled started itself (null: none, or not yet). */
  redis: number | null;
  nginx: number | null;
  rollingRestartsDone: number;
  apps: { port: number; pid: number | null }[];
  search: { port: number; pid: number | null }[];
};

/** The supervisor's and the app processes' pids as start:scaled last recorded them. */
export function scaledProcesses(file = SCALED.processesFile): ScaledProcesses {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ScaledProcesses;
}

/** The purges the receiver got so far. */
export function purgesReceived(): { tags: string[] | null; signed: boolean }[] {
  if (!fs.existsSync(SCALED.purgesFile)) return [];
  return fs.readFileSync(SCALED.purgesFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { tags: string[] | null; signed: boolean });
}
