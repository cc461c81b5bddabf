import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './cli-args';

describe('importer command line', () => {
  it('takes --section', () => {
    const args = parseImportArgs(['--section', 'quoc-phong', '--publish', 'a.txt', 'b.txt']);
    expect(args).toMatchObject({ sectionSlug: 'quoc-phong', publish: true, files: ['a.txt', 'b.txt'], warnings: [] });
  });

  it('keeps --category as an alias that warns', () => {
    const args = parseImportArgs(['--category', 'quoc-phong', 'a.txt']);
    expect(args.sectionSlug).toBe('quoc-phong');
    expect(args.warnings).toEqual([expect.stringContaining('--section')]);
  });

  it('refuses two different sections rather than pick one', () => {
    expect(() => parseImportArgs(['--category', 'a', '--section', 'b', 'x.txt'])).toThrow(/--section/);
  });
});
