import { describe, expect, it } from 'vitest';
import { folderCycles, folderOf } from '../scripts/lint-layers.mjs';

const modules = (imports: Record<string, string[]>) =>
  Object.entries(imports).map(([source, targets]) => ({ source, dependencies: targets.map((resolved) => ({ resolved })) }));

describe('the folder rule of npm run lint:layers', () => {
  it('names lib/ and app/ folders, db/ and scripts/ whole, and root files alone', () => {
    expect(folderOf('lib/data/articles/write.ts')).toBe('lib/data');
    expect(folderOf('lib/log.ts')).toBe('lib/log.ts');
    expect(folderOf('app/admin/articles/page.tsx')).toBe('app/admin');
    expect(folderOf('db/migrations/x.sql')).toBe('db');
    expect(folderOf('proxy.ts')).toBe('proxy.ts');
  });

  it('finds two folders that import each other through different modules, with the imports to move', () => {
    const cycles = folderCycles(
      modules({
        'lib/data/articles/public-paths.ts': ['lib/seo/site.ts'],
        'lib/seo/article-seo.ts': ['lib/data/dto.ts'],
        'lib/data/dto.ts': [],
        'lib/seo/site.ts': [],
      }),
    );
    expect(cycles).toEqual([
      {
        folders: ['lib/data', 'lib/seo'],
        imports: ['lib/data/articles/public-paths.ts → lib/seo/site.ts', 'lib/seo/article-seo.ts → lib/data/dto.ts'],
      },
    ]);
  });

  it('finds a cycle through three folders, and none where imports point one way or only a test reaches back', () => {
    expect(folderCycles(modules({ 'lib/a/x.ts': ['lib/b/y.ts'], 'lib/b/y.ts': ['lib/c/z.ts'], 'lib/c/z.ts': ['lib/a/w.ts'] }))[0]?.folders).toEqual([
      'lib/a',
      'lib/b',
      'lib/c',
    ]);
    expect(
      folderCycles(modules({ 'app/admin/page.tsx': ['lib/data/users.ts'], 'lib/data/users.ts': ['db/index.ts'], 'lib/data/users.test.ts': ['app/admin/page.tsx'] })),
    ).toEqual([]);
  });
});
