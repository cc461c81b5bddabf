import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Code and docs point readers to the ADR that explains a choice; a renamed or missing record
// leaves them at a dead end.
const root = process.cwd();
const decisions = fs.readdirSync(path.join(root, 'docs/decisions'));
const SKIP = new Set(['node_modules', '.git', 'data', 'bench', 'test-results', 'playwright-report']);

function sourceFiles(dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (SKIP.has(entry.name) || entry.name.startsWith('.next') || entry.name.startsWith('.')) return [];
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|js|mjs|cjs|md|conf|css)$/.test(entry.name) ? [file] : [];
  });
}

const references = sourceFiles().flatMap((file) => {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const paths = [...text.matchAll(/docs\/decisions\/([\w.-]+\.md)/g)].map((m) => ({ file, name: m[1]!, by: 'path' as const }));
  const numbers = [...text.matchAll(/\bADR (\d{1,4})\b/g)].map((m) => ({ file, name: m[1]!, by: 'number' as const }));
  return [...paths, ...numbers];
});

describe('links to decision records', () => {
  it('are found (the scan reads the code)', () => {
    expect(references.some((ref) => ref.file === 'next.config.js')).toBe(true);
    expect(references.some((ref) => ref.file === path.join('lib', 'security', 'admin-csp.ts'))).toBe(true);
  });

  it('name records that exist', () => {
    const dead = references.filter(({ name, by }) =>
      by === 'path' ? !decisions.includes(name) : !decisions.some((record) => Number(record.slice(0, 4)) === Number(name)),
    );
    expect(dead).toEqual([]);
  });
});
