// Serves the production build on a throwaway, freshly migrated and seeded database for Playwright.
// With --build-only it stops after the build (which prerenders from that database): `npm test`
// builds this way while the checks that need no server run. With --seed-only it stops once the
// database is ready, for scripts/e2e-servers.mjs to copy (E2E_SEEDED).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// playwright.config.ts names the folder (tests open the same database); start it empty.
const dir = process.env.E2E_DIR ?? path.join(os.tmpdir(), 'toasoan-e2e');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.DATABASE_PATH ??= path.join(dir, 'e2e.db');
process.env.MEDIA_DIR ??= path.join(dir, 'media');

const { buildIfNeeded, dropBuildTimeHomePage, nextStartArgs, prepareDatabase, serverEnv } = await import('./start.mjs');
const { ensureAuthSecret } = await import('./auth-secret.mjs');
const { withBuildLock } = await import('./build-lock.mjs');
// E2E_SEEDED: a folder holding a database this script's --seed-only made (and its photos, laid out
// like this folder): copying it spares each server the seeding, whose photo resizing is most of it.
if (process.env.E2E_SEEDED) fs.cpSync(process.env.E2E_SEEDED, dir, { recursive: true });
ensureAuthSecret();
if (!process.env.E2E_SEEDED) prepareDatabase();
if (process.argv.includes('--seed-only')) process.exit(0);
await withBuildLock(path.resolve(import.meta.dirname, '..', process.env.NEXT_DIST_DIR || '.next'), buildIfNeeded);
if (process.argv.includes('--build-only')) {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
dropBuildTimeHomePage();

const server = spawn(
  path.resolve(import.meta.dirname, '../node_modules/.bin/next'),
  nextStartArgs(process.env.PORT ?? '3210', '127.0.0.1'),
  { stdio: 'inherit', env: serverEnv() },
);
const stop = () => {
  server.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
