import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImportFile, detectLegacyEncoding } from './decode-file';
import { parseScrapedArticle } from './parse-scraped';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const seedExcerpt = new TextDecoder().decode(fixture('seed-utf8.txt'));

describe('decodeImportFile', () => {
  it('accepts UTF-8 text, with or without a BOM', () => {
    expect(decodeImportFile(utf8('Đảng ủy họp.\r\nTin: LÊ VĂN C'))).toEqual({ ok: true, encoding: 'utf-8', text: 'Đảng ủy họp.\r\nTin: LÊ VĂN C' });
    expect(decodeImportFile(utf8('\ufeffBài.'))).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeImportFile(fixture('seed-utf8.txt'))).toEqual({ ok: true, encoding: 'utf-8', text: seedExcerpt });
  });

  it('converts Windows-1258 to the same Unicode text', () => {
    const decoded = decodeImportFile(fixture('seed-windows-1258.txt'));
    expect(decoded).toEqual({ ok: true, encoding: 'windows-1258', text: seedExcerpt.normalize('NFC') });
  });

  it('converts TCVN3 (ABC), also when it was once re-saved as UTF-8 through a Western code page', () => {
    for (const name of ['seed-tcvn3.txt', 'seed-tcvn3-saved-as-utf8.txt']) {
      const decoded = decodeImportFile(fixture(name));
      expect(decoded).toEqual({ ok: true, encoding: 'tcvn3', text: seedExcerpt });
      const parsed = parseScrapedArticle(decoded.ok ? decoded.text : '');
      expect(parsed.provisionalTitle).toBe('Báo cáo trung tâm tại hội nghị cho thấy');
      expect(parsed.bylines).toEqual([{ role: 'writer_photographer', label: 'Tin, ảnh', name: 'TRẦN ANH MINH' }]);
    }
  });

  it('refuses VNI naming the encoding, whether stored as bytes or re-saved as UTF-8', () => {
    const bytes = fixture('seed-vni.txt');
    expect(decodeImportFile(bytes)).toEqual({ ok: false, error: expect.stringContaining('Tệp mã hóa VNI') });
    expect(decodeImportFile(utf8(new TextDecoder('latin1').decode(bytes)))).toEqual({ ok: false, error: expect.stringContaining('VNI') });
  });

  it('refuses a binary file named .txt, and text full of control characters, as binary', () => {
    expect(decodeImportFile(fixture('photo-named-txt.txt'))).toEqual({ ok: false, error: expect.stringMatching(/^Tệp nhị phân \(có byte NUL\).*UTF-8/) });
    expect(decodeImportFile(utf8('chữ\u0000chữ'))).toMatchObject({ ok: false, error: expect.stringContaining('nhị phân') });
    const controls = utf8(`${'văn bản '.repeat(20)}${'\u0001\u0002\u001b'.repeat(10)}`);
    expect(decodeImportFile(controls)).toMatchObject({ ok: false, error: expect.stringMatching(/^Tệp nhị phân \(30 ký tự điều khiển\)/) });
  });

  it('drops a stray control character instead of refusing the file', () => {
    expect(decodeImportFile(utf8(`${'Hội nghị tổng kết. '.repeat(10)}\u001f`))).toMatchObject({ ok: true, text: 'Hội nghị tổng kết. '.repeat(10) });
  });

  it('refuses bytes that are neither UTF-8 nor a recognised encoding, and empty files', () => {
    // "Đăng" in Windows-1258 alone is too little to tell its encoding.
    expect(decodeImportFile(new Uint8Array([0xd0, 0xe3, 0x6e, 0x67]))).toEqual({ ok: false, error: expect.stringContaining('không phải văn bản UTF-8 và không nhận ra bảng mã') });
    expect(decodeImportFile(new Uint8Array())).toEqual({ ok: false, error: 'Tệp rỗng.' });
  });
});

describe('detectLegacyEncoding', () => {
  it('leaves Unicode Vietnamese and English alone', () => {
    expect(detectLegacyEncoding(seedExcerpt)).toBeNull();
    expect(detectLegacyEncoding('The quick brown fox jumps over the lazy dog. '.repeat(20))).toBeNull();
  });
});
