import type { MediaItem } from '@/lib/data/dto';

/** Largest file the server accepts; checked here too so nobody waits for a doomed upload. */
export const MAX_UPLOAD_MB = 20;

export type UploadResult = { ok: true; media: MediaItem } | { ok: false; message: string };

/** Sends a multipart form (a "file" part plus alt, caption, credit) to the upload route. */
export async function uploadMedia(form: FormData): Promise<UploadResult> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: 'Chưa chọn tệp ảnh để tải lên.' };
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
    return { ok: false, message: `Ảnh vượt quá ${MAX_UPLOAD_MB} MB. Vui lòng giảm dung lượng rồi tải lại.` };
  }
  try {
    const response = await fetch('/api/uploads', { method: 'POST', body: form });
    const payload = (await response.json().catch(() => ({}))) as { media?: MediaItem; error?: string };
    if (response.ok && payload.media) return { ok: true, media: payload.media };
    return { ok: false, message: payload.error ?? `Tải lên thất bại (mã ${response.status}).` };
  } catch {
    return { ok: false, message: 'Không kết nối được máy chủ. Vui lòng thử lại.' };
  }
}
