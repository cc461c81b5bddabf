import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The scaled setup under test (playwright.scaled.config.ts): `npm run start:scaled -- --instances 3`
// on its own throwaway database, with a Redis of the test's own (REDIS_URL) so a test can stop it.
// Ports as start:scaled lays them out: nginx on PORT, its refresh server PORT+1, apps PORT+10….
const PORT = Number(process.env.E2E_PORT ?? 3460);
const dir = path.join(os.tmpdir(), `toasoan-scaled-${PORT}`);

export const SCALED = {
  instances: 3,
  port: PORT,
  nginxUrl: `http://127.0.0.1:${PORT}`,
  redisPort: PORT + 2,
  appUrls: [0, 1, 2].map((index) => `http://127.0.0.1:${PORT + 10 + index}`),
  dir,
  databasePath: path.join(dir, 'data', 'toasoan.db'),
  mediaDir: path.join(dir, 'data', 'media'),
  /** Written by start:scaled: its own pid, the apps' ports and pids. */
  processesFile: path.join(dir, 'data', 'scaled', 'processes.json'),
};

export type ScaledProcesses = { supervisor: number; apps: { port: number; pid: number | null }[] };

/** The supervisor's and the app processes' pids as start:scaled last recorded them. */
export function scaledProcesses(): ScaledProcesses {
  return JSON.parse(fs.readFileSync(SCALED.processesFile, 'utf8')) as ScaledProcesses;
}
