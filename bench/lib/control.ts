import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The bare Next.js app of the same version (bench/control), built once into its own .next. */
export function buildControlIfNeeded(root: string, env: NodeJS.ProcessEnv): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = path.join(root, 'bench/control');
  const controlEnv = { ...env, NEXT_DIST_DIR: '.next' };
  if (!fs.existsSync(path.join(dir, '.next/BUILD_ID'))) {
    const built = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build', dir], { stdio: 'inherit', env: controlEnv });
    if (built.status !== 0) throw new Error('control app build failed');
  }
  return { dir, env: controlEnv };
}
