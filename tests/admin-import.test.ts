import { describe, expect, it } from 'vitest';
import { decodeUploadedText } from '@/app/admin/import/decode-text';
import { BATCH_BYTES, batchFiles, MAX_FILE_BYTES } from '@/app/admin/import/limits';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('bulk import upload checks', () => {
  it('accepts UTF-8 text, with or without a BOM', () => {
    expect(decodeUploadedText(bytes('Đảng ủy họp.\r\nTin: LÊ VĂN C'))).toEqual({ ok: true, text: 'Đảng ủy họp.\r\nTin: LÊ VĂN C' });
    expect(decodeUploadedText(bytes('\ufeffBài.'))).toMatchObject({ ok: true });
  });

  it('refuses binary, non-UTF-8, empty and oversized files with a reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeUploadedText(png)).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-8|nhị phân/) });
    // "Đảng" in Windows-1258 bytes is not valid UTF-8.
    expect(decodeUploadedText(new Uint8Array([0xd0, 0xe3, 0x6e, 0x67]))).toMatchObject({ ok: false, error: expect.stringContaining('UTF-8') });
    expect(decodeUploadedText(bytes('chữ\u0000chữ'))).toMatchObject({ ok: false, error: expect.stringContaining('nhị phân') });
    expect(decodeUploadedText(new Uint8Array())).toEqual({ ok: false, error: 'Tệp rỗng.' });
    expect(decodeUploadedText(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61))).toMatchObject({ ok: false });
  });

  it('batches files under the per-request budget, never splitting a file', () => {
    const files = [MAX_FILE_BYTES, MAX_FILE_BYTES, 1000, 2000].map((size) => ({ size }));
    const batches = batchFiles(files);
    expect(batches.map((batch) => batch.length)).toEqual([1, 3]);
    expect(batches.every((batch) => batch.reduce((sum, f) => sum + f.size, 0) <= BATCH_BYTES)).toBe(true);
  });
});
