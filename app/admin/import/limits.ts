import type { LegacyEncoding } from '@/lib/importer/encodings';
import type { DuplicateMatch } from '@/lib/importer/near-duplicates';

// Shared by the form (which splits a selection into batches) and the action (which enforces).
// Next caps a Server Action body at 1 MB by default; rather than raise that for every action,
// the form sends files in batches below it, so one file must fit in a batch with room to spare.

export const MAX_FILES = 200;
export const MAX_FILE_BYTES = 512 * 1024;
export const BATCH_BYTES = 768 * 1024;

export type ImportLine =
  | {
      file: string;
      ok: true;
      id: number;
      status: string;
      created: boolean;
      needsHeadline: boolean;
      /** The file's encoding when it was not UTF-8 and was converted. */
      encoding: LegacyEncoding | 'utf-8';
      duplicateOf: DuplicateMatch | null;
    }
  | { file: string; ok: false; error: string };


export const TOO_LARGE = `Tệp lớn hơn ${MAX_FILE_BYTES / 1024} KB: không phải một bài báo đã cào.`;
export const TOO_MANY = `Mỗi lần nhập tối đa ${MAX_FILES} tệp.`;

/** Splits files into groups whose total size stays under one request's budget. */
export function batchFiles<T extends { size: number }>(files: T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && bytes + file.size > BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
