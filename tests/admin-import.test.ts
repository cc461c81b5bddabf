import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, batchFiles, MAX_FILE_BYTES } from '@/app/admin/import/limits';

// What the importer accepts and refuses is tested with the importer (lib/importer/decode-file.test.ts).
describe('bulk import uploads', () => {
  it('batches files under the per-request budget, never splitting a file', () => {
    const files = [MAX_FILE_BYTES, MAX_FILE_BYTES, 1000, 2000].map((size) => ({ size }));
    const batches = batchFiles(files);
    expect(batches.map((batch) => batch.length)).toEqual([1, 3]);
    expect(batches.every((batch) => batch.reduce((sum, f) => sum + f.size, 0) <= BATCH_BYTES)).toBe(true);
  });
});
