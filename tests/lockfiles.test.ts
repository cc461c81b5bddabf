import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` checks every locked package against what its dependant asks for. A dependant that asks
// for a dist-tag ("latest") is checked against whatever the registry tags today, so a lock that
// installed yesterday is refused the day the tag moves (bench/: Lighthouse's trace engine asks for
// third-party-web@latest). Such a dependency must be pinned by the package.json's overrides.

type Lock = { packages: Record<string, Partial<Record<'dependencies' | 'optionalDependencies', Record<string, string>>>> };

/** A spec that names a tag rather than a version range (x and * are ranges). */
const isDistTag = (spec: string) => /^[a-z][\w.-]*$/i.test(spec) && !/^[xX]$/.test(spec);

/** "dependant → name@tag" for every tag the lock's packages ask for that no override pins. */
function unpinnedTags(folder: string): string[] {
  const root = path.resolve(import.meta.dirname, '..', folder);
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock;
  const { overrides = {} } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { overrides?: Record<string, unknown> };
  return Object.entries(lock.packages).flatMap(([dependant, entry]) =>
    Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })
      .filter(([name, spec]) => isDistTag(spec) && !(name in overrides))
      .map(([name, spec]) => `${dependant} → ${name}@${spec}`),
  );
}

describe('lock files', () => {
  for (const folder of ['.', 'bench']) {
    it(`${folder}: every dependency on a dist-tag is pinned by an override`, () => {
      expect(unpinnedTags(folder)).toEqual([]);
    });
  }

  it('tells a tag from a range', () => {
    expect(['latest', 'next', 'beta'].every(isDistTag)).toBe(true);
    expect(['^0.27.0', '0.0.1', '*', 'x', '>=1 <2', '~1.2', '1.x'].some(isDistTag)).toBe(false);
  });
});
