// Test servers started side by side (one per e2e worker, and the security suite's, by `npm test`)
// share one build folder: one of them builds while the others wait, then find the build current.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const WAIT_LIMIT_MS = 15 * 60_000;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

function readHolder(lock) {
  try {
    return Number(fs.readFileSync(lock, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return 0;
    throw error;
  }
}

/**
 * Runs `work` while no other process holds the lock of this build folder. A lock left by a
 * process that died is taken over.
 * @param {string} distDir absolute path of the build folder
 * @param {() => void} work
 */
export async function withBuildLock(distDir, work) {
  // Outside the checkout: a lock file there would show in git status.
  const name = crypto.createHash('sha256').update(distDir).digest('hex').slice(0, 16);
  const lock = path.join(os.tmpdir(), `toasoan-build-${name}.lock`);
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lock);
    // 0: released since, or its holder is between creating and writing it; try again shortly.
    if (holder && !isAlive(holder)) fs.rmSync(lock, { force: true });
    else if (Date.now() > deadline) throw new Error(`${lock}: another build has held it for ${WAIT_LIMIT_MS / 60_000} minutes`);
    else await sleep(500);
  }
  try {
    work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
