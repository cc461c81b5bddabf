import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../scripts/start.mjs';

const dirs: string[] = [];
function checkout(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
  dirs.push(dir);
  writeFiles(dir, files);
  return dir;
}
function writeFiles(dir: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('sourceFingerprint', () => {
  const base = { 'app/page.tsx': 'a', 'lib/x.ts': 'b', 'next.config.js': 'c' };

  it('changes when any source file changes, including top-level files no list names', () => {
    const dir = checkout(base);
    const before = sourceFingerprint(dir);
    fs.writeFileSync(path.join(dir, 'instrumentation.ts'), 'export function register() {}');
    const added = sourceFingerprint(dir);
    expect(added).not.toBe(before);
    fs.writeFileSync(path.join(dir, 'lib/x.ts'), 'B');
    expect(sourceFingerprint(dir)).not.toBe(added);
  });

  it.each(['instrumentation.ts', 'proxy.ts', 'next.config.js', 'auth.ts', 'app/(site)/page.tsx', 'lib/log.ts', 'lib/data/articles/admin-list.ts', 'db/schema.ts', 'db/migrations/0001_x.sql', 'public/icon.svg', 'package-lock.json'])(
    'covers %s',
    (file) => {
      const dir = checkout({ ...base, [file]: 'v1' });
      const before = sourceFingerprint(dir);
      fs.writeFileSync(path.join(dir, file), 'v2');
      expect(sourceFingerprint(dir)).not.toBe(before);
    },
  );

  it('changes when a file is renamed, even with the same content', () => {
    const dir = checkout(base);
    const before = sourceFingerprint(dir);
    fs.renameSync(path.join(dir, 'lib/x.ts'), path.join(dir, 'lib/y.ts'));
    expect(sourceFingerprint(dir)).not.toBe(before);
  });

  it('ignores tests, build output, data and documentation', () => {
    const dir = checkout(base);
    const before = sourceFingerprint(dir);
    writeFiles(dir, { 'lib/x.test.ts': 't', '.next/BUILD_ID': 'id', '.next-a/x': 'y', 'data/toasoan.db': 'db', 'e2e/a.spec.ts': 'e', 'README.md': 'r', 'node_modules/p/index.js': 'n' });
    expect(sourceFingerprint(dir)).toBe(before);
  });
});

