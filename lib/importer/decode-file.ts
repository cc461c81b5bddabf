import iconv from 'iconv-lite';
import { ENCODING_NAMES, type LegacyEncoding } from './encodings';

// Newsroom archives hold more than UTF-8: Vietnamese typed before Unicode was common is in
// Windows-1258, TCVN3 (the "ABC" fonts, .VnTime) or VNI (VNI-Times). Each leaves its own byte
// patterns, read here through Latin-1 where every byte is one character:
//   Windows-1258: a vowel followed by one of its five tone-mark bytes (Ì ì Þ Ò ò), ð for đ;
//   TCVN3: its letters ¨ © ª « ¬ ­ ® (ă â ê ô ơ ư đ) and µ ¶ · ¸ ¹ … (à ả ã á ạ …) inside words;
//   VNI: a plain vowel followed by a tone byte (ø ù û õ ï, ä å), ñ for đ and ö for ư.
// iconv-lite converts Windows-1258 and TCVN3 ('tcvn'); no kept library converts VNI, so such a
// file is refused with the encoding named and the usual way to convert it.

export type DecodedFile =
  | { ok: true; text: string; encoding: LegacyEncoding | 'utf-8' }
  | { ok: false; error: string };

const SIGNATURES: Record<LegacyEncoding, RegExp> = {
  'windows-1258': /[aeiouyAEIOUYâêôãõýÂÊÔÃÕÝ][ÌìÞÒò]|[ðÐ](?=[aeiouyAEIOUYâêôãõýÂÊÔÃÕÝ])/g,
  tcvn3: /(?<=[a-zA-Z])[\u00a8-\u00ae\u00b5-\u00be]|[\u00a8-\u00ae\u00b5-\u00be](?=[a-zA-Z])/g,
  vni: /[aeiouyAEIOUY][øùûõïäåØÙÛÕÏÄÅ]|[ñÑ][aeiouyAEIOUYöÖ]|öô|ÖÔ/g,
};
const ICONV_NAMES: Partial<Record<LegacyEncoding, string>> = { 'windows-1258': 'windows-1258', tcvn3: 'tcvn' };
// A few hits decide only when one encoding clearly outscores the others.
const MIN_HITS = 3;
const WINNING_FACTOR = 3;

// Control bytes other than tab, line feed, vertical tab, form feed and carriage return.
const isControlByte = (byte: number) => (byte < 0x20 ? byte < 0x09 || byte > 0x0d : byte === 0x7f);
const MAX_CONTROL_RATIO = 0.01;
const STRAY_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
// Letters only Unicode Vietnamese has: their presence means the text is already decoded right.
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/u;

const SAVE_AS_UTF8 = 'Hãy mở tệp và lưu lại dưới dạng văn bản .txt UTF-8 rồi nhập lại.';

/** The legacy encoding whose byte patterns the Latin-1 view of a text shows, if one clearly does. */
export function detectLegacyEncoding(latin1: string): LegacyEncoding | null {
  const scores = (Object.keys(SIGNATURES) as LegacyEncoding[])
    .map((encoding) => ({ encoding, hits: latin1.match(SIGNATURES[encoding])?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = scores as [(typeof scores)[0], (typeof scores)[0]];
  return best.hits >= MIN_HITS && best.hits >= WINNING_FACTOR * second.hits ? best.encoding : null;
}

function fromLegacy(encoding: LegacyEncoding, bytes: Uint8Array): DecodedFile {
  const iconvName = ICONV_NAMES[encoding];
  if (!iconvName) {
    return {
      ok: false,
      error: `Tệp mã hóa ${ENCODING_NAMES[encoding]} (phông chữ cũ), không đọc được chính xác. Hãy chuyển sang Unicode (UTF-8), ví dụ bằng công cụ chuyển mã của Unikey hoặc EVKey, rồi nhập lại.`,
    };
  }
  // Windows-1258 writes tones as combining marks after the letter; NFC joins them back.
  return { ok: true, encoding, text: iconv.decode(Buffer.from(bytes), iconvName).normalize('NFC') };
}

/**
 * Reads an uploaded or command-line file as text for the importer: UTF-8 (with or without a
 * BOM), or Windows-1258 / TCVN3 converted to Unicode, also when such text was once re-saved as
 * UTF-8 through a Western code page. Binary files, VNI and unrecognised encodings are refused
 * with a Vietnamese reason.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength === 0) return { ok: false, error: 'Tệp rỗng.' };
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      return { ok: false, error: `Tệp nhị phân (có byte NUL), không phải văn bản UTF-8: có thể là ảnh, Word hoặc PDF. ${SAVE_AS_UTF8}` };
    }
    if (isControlByte(byte)) controls++;
  }
  if (controls / bytes.byteLength > MAX_CONTROL_RATIO) {
    return { ok: false, error: `Tệp nhị phân (${controls} ký tự điều khiển), không phải văn bản UTF-8. ${SAVE_AS_UTF8}` };
  }

  let text: string | null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = null;
  }
  if (text === null) {
    const encoding = detectLegacyEncoding(iconv.decode(Buffer.from(bytes), 'latin1'));
    if (!encoding) {
      return { ok: false, error: `Tệp không phải văn bản UTF-8 và không nhận ra bảng mã (Windows-1258, TCVN3, VNI). ${SAVE_AS_UTF8}` };
    }
    return stripControls(fromLegacy(encoding, bytes));
  }

  // Legacy text once opened as Western (Windows-1252) and saved as UTF-8 ("Héi nghÞ", "Hoäi nghò").
  if (!UNICODE_VIETNAMESE.test(text)) {
    const encoding = detectLegacyEncoding(text);
    if (encoding) {
      const legacyBytes = iconv.encode(text, 'windows-1252');
      if (iconv.decode(legacyBytes, 'windows-1252') !== text) {
        return { ok: false, error: `Tệp là văn bản ${ENCODING_NAMES[encoding]} đã bị lưu lại thành UTF-8 và không khôi phục được. ${SAVE_AS_UTF8}` };
      }
      return stripControls(fromLegacy(encoding, legacyBytes));
    }
  }
  return stripControls({ ok: true, encoding: 'utf-8', text });
}

// A stray control character or two (a scraper's leftovers) is dropped rather than refused.
function stripControls(decoded: DecodedFile): DecodedFile {
  return decoded.ok ? { ...decoded, text: decoded.text.replace(STRAY_CONTROLS, '') } : decoded;
}
