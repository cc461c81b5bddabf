import { MAX_FILE_BYTES, TOO_LARGE } from './limits';

// Tab, line feed, vertical tab, form feed, carriage return: the only control bytes plain text has.
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

export type DecodedText = { ok: true; text: string } | { ok: false; error: string };

/** Accepts only UTF-8 plain text within the size limit; anything else gets a message saying why. */
export function decodeUploadedText(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: TOO_LARGE };
  if (bytes.byteLength === 0) return { ok: false, error: 'Tệp rỗng.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: 'Tệp không phải văn bản UTF-8 (có thể là tệp nhị phân, Word/PDF, hoặc văn bản mã hóa khác). Hãy lưu lại dưới dạng .txt UTF-8.',
    };
  }
  if (BINARY_CONTROL.test(text)) {
    return { ok: false, error: 'Tệp chứa ký tự điều khiển của tệp nhị phân, không phải văn bản thuần.' };
  }
  return { ok: true, text };
}
