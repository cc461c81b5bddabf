import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Battery, report } from './cases';

// The registry mirror has no `npm audit`: these floors are the patched versions of the 2025–26
// advisories (proxy bypass, RSC remote code execution, Server Action origin) this app depends on.

type Floor = { name: string; rule: 'min' | 'exact'; version: string; required: boolean };
const FLOORS: Floor[] = [
  { name: 'next', rule: 'min', version: '16.4.6', required: true },
  { name: 'react', rule: 'min', version: '19.3.1', required: true },
  { name: 'react-dom', rule: 'min', version: '19.3.1', required: true },
  { name: 'next-auth', rule: 'exact', version: '5.0.0-beta.32', required: true },
  // The body is rendered from validated JSON; a sanitiser added later must at least be patched.
  { name: 'dompurify', rule: 'min', version: '3.2.4', required: false },
  { name: 'isomorphic-dompurify', rule: 'min', version: '2.22.0', required: false },
  { name: 'sanitize-html', rule: 'min', version: '2.12.1', required: false },
  { name: 'xss', rule: 'min', version: '1.0.15', required: false },
];

/** -1, 0 or 1; a prerelease sorts before its release (semver §11). */
export function compareVersions(a: string, b: string): number {
  const [mainA = '', preA] = a.split('-', 2);
  const [mainB = '', preB] = b.split('-', 2);
  const numsA = mainA.split('.').map(Number);
  const numsB = mainB.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (numsA[i] ?? 0) - (numsB[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  const partsA = preA.split('.');
  const partsB = preB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const diff = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

function installed(name: string): string | null {
  const file = path.join(process.cwd(), 'node_modules', name, 'package.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version : null;
}

test('01 dependency floor', async ({}, info) => {
  const battery = new Battery();
  // The comparison itself, so a broken comparator cannot pass everything.
  battery.check(compareVersions('16.4.5', '16.4.6') < 0, '16.4.5 < 16.4.6');
  battery.check(compareVersions('16.10.0', '16.4.6') > 0, '16.10.0 > 16.4.6');
  battery.check(compareVersions('19.3.1-canary.1', '19.3.1') < 0, 'canary before release');
  battery.check(compareVersions('5.0.0-beta.4', '5.0.0-beta.32') < 0, 'beta.4 < beta.32');
  const found: string[] = [];
  for (const floor of FLOORS) {
    const version = installed(floor.name);
    if (version === null) {
      battery.check(!floor.required, `${floor.name} is not installed`);
      continue;
    }
    found.push(`${floor.name}@${version}`);
    const ok = floor.rule === 'exact' ? version === floor.version : compareVersions(version, floor.version) >= 0;
    battery.check(ok, `${floor.name}@${version} ${floor.rule === 'exact' ? '≠' : '<'} ${floor.version}`);
  }
  report(info, battery, { installed: found.join(' ') });
  expect(battery.failures).toEqual([]);
});
