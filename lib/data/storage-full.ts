// SQLite reports a full disk (or a database at its size limit) as SQLITE_FULL; the write it
// interrupted was rolled back whole, so the caller can say so plainly and keep the user's text.

export const STORAGE_FULL_MESSAGE =
  'Máy chủ đã hết dung lượng lưu trữ nên bài chưa được lưu. Nội dung vẫn còn nguyên ở đây; hãy báo bộ phận kỹ thuật rồi bấm “Lưu lại”.';

/** Whether an error thrown by a database write means the disk is full. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) || (error as { code?: unknown } | null)?.code === 'ENOSPC';
}
