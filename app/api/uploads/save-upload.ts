import 'server-only';
import { createMedia } from '@/lib/data/media';
import type { MediaItem } from '@/lib/data/dto';
import { IMAGE_RATIOS } from '@/lib/media/crops';
import { storedCoverCrop } from '@/lib/media/cover-crops';
import { mediaFieldsSchema } from '@/lib/media/fields';
import { inspectImage } from '@/lib/media/inspect';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { processImage } from '@/lib/media/process';
import { withProcessingSlot } from '@/lib/media/processing-slots';
import { assertDeclaredLength, readLimited } from '@/lib/media/read-limited';
import { removeStoredImage, writeProcessedImage } from '@/lib/media/storage';
import { UPLOAD_MESSAGES, UploadError } from '@/lib/media/upload-error';

/** Reads a multipart upload within the size limit; the file part and its text fields. */
async function readUploadForm(request: Request): Promise<FormData> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) throw new UploadError(415, UPLOAD_MESSAGES.badForm);
  assertDeclaredLength(request.headers.get('content-length'));
  const body = await readLimited(request.body);
  try {
    // Parsed only after the byte count is known to be within the limit.
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new UploadError(400, UPLOAD_MESSAGES.badForm);
  }
}

/**
 * Validates, re-encodes and stores one uploaded photo and records it in the library. The file's
 * name and declared type are ignored: the bytes decide what it is, and the server names it.
 */
export async function saveUpload(request: Request, uploadedBy: number): Promise<MediaItem> {
  const form = await readUploadForm(request);
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new UploadError(400, UPLOAD_MESSAGES.noFile);
  if (file.size === 0) throw new UploadError(400, UPLOAD_MESSAGES.empty);
  if (file.size > MAX_UPLOAD_BYTES) throw new UploadError(413, UPLOAD_MESSAGES.tooLarge);
  const fields = mediaFieldsSchema.safeParse({
    alt: form.get('alt') ?? undefined,
    caption: form.get('caption') ?? undefined,
    credit: form.get('credit') ?? undefined,
  });
  if (!fields.success) throw new UploadError(400, fields.error.issues[0]?.message ?? UPLOAD_MESSAGES.badForm);

  const bytes = Buffer.from(await file.arrayBuffer());
  const inspected = await inspectImage(bytes);
  const image = await withProcessingSlot(() => processImage(bytes, inspected));
  const path = await writeProcessedImage(image);
  let media: MediaItem;
  try {
    media = createMedia({
      ...fields.data,
      path,
      width: image.width,
      height: image.height,
      mimeType: image.type,
      bytes: image.original.length,
      uploadedBy,
    });
  } catch (error) {
    await removeStoredImage(path, image.width);
    throw error;
  }
  // Cover crops are cut now, from the variants just written, so no reader's request waits for one
  // (a failure here only leaves them to be cut on first request).
  await Promise.allSettled(IMAGE_RATIOS.map((ratio) => storedCoverCrop(path, ratio.name)));
  return media;
}
