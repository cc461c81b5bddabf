import { MAX_UPLOAD_BYTES } from './limits';
import { UPLOAD_MESSAGES } from './upload-error';

// What the library tells a writer about a file before sending it, one message per file, so one bad
// file in a batch is named and skipped while the others go up. The server decides again from the
// bytes (lib/media/inspect.ts): the name and declared type here are only the browser's word.

const ACCEPTED_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif']);
const ACCEPTED_EXTENSIONS = /\.(jpe?g|png|webp|avif)$/i;

/** "2,4 MB" / "830 KB": a file size as the newsroom reads it. */
export function formatFileSize(bytes: number): string {
  const format = (value: number, unit: string) => `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
  return bytes >= 1024 * 1024 ? format(bytes / 1024 / 1024, 'MB') : format(Math.max(1, Math.round(bytes / 1024)), 'KB');
}

/** Why this file cannot be uploaded, in Vietnamese, or null when it may be sent. */
export function uploadFileProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.size === 0) return UPLOAD_MESSAGES.empty;
  // Browsers leave the type empty for some AVIF files: the extension decides then.
  const looksLikeImage = file.type ? ACCEPTED_TYPES.has(file.type) : ACCEPTED_EXTENSIONS.test(file.name);
  if (!looksLikeImage) return UPLOAD_MESSAGES.wrongType;
  if (file.size > MAX_UPLOAD_BYTES) return `Tệp nặng ${formatFileSize(file.size)}, vượt quá giới hạn 20 MB. Vui lòng giảm dung lượng rồi tải lại.`;
  return null;
}
