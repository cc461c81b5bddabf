import type { MediaItem } from '@/lib/data/dto';
import { uploadFileProblem } from '@/lib/media/upload-check';

export type UploadResult = { ok: true; media: MediaItem } | { ok: false; message: string };

/**
 * Sends a multipart form (a "file" part plus alt, caption, credit) to the upload route, reporting
 * the bytes sent (0..1) as they go; XMLHttpRequest because fetch reports no upload progress.
 * A file the server would refuse by its size or type is refused here without waiting.
 */
export function uploadMedia(form: FormData, onProgress?: (fraction: number) => void): Promise<UploadResult> {
  const file = form.get('file');
  if (!(file instanceof File)) return Promise.resolve({ ok: false, message: 'Chưa chọn tệp ảnh để tải lên.' });
  const problem = uploadFileProblem(file);
  if (problem) return Promise.resolve({ ok: false, message: problem });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/uploads');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const payload = (request.response ?? {}) as { media?: MediaItem; error?: string };
      if (request.status === 201 && payload.media) resolve({ ok: true, media: payload.media });
      else resolve({ ok: false, message: payload.error ?? `Tải lên thất bại (mã ${request.status}).` });
    };
    request.onerror = () => resolve({ ok: false, message: 'Không kết nối được máy chủ. Vui lòng thử lại.' });
    request.send(form);
  });
}
