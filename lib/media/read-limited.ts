import { MAX_FORM_OVERHEAD_BYTES, MAX_UPLOAD_BYTES } from './limits';
import { UPLOAD_MESSAGES, UploadError } from './upload-error';

/** The most a whole upload request body may hold: the file plus its multipart framing. */
export const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + MAX_FORM_OVERHEAD_BYTES;

/** Refuses from the Content-Length header alone, before a byte of the body is read. */
export function assertDeclaredLength(header: string | null, limit = MAX_BODY_BYTES): void {
  if (header === null) return;
  const declared = Number(header);
  if (!Number.isFinite(declared) || declared < 0) throw new UploadError(400, UPLOAD_MESSAGES.badForm);
  if (declared > limit) throw new UploadError(413, UPLOAD_MESSAGES.tooLarge);
}

/**
 * Reads a body stream into one buffer, counting bytes as they arrive and cancelling the stream
 * the moment the limit is passed, so a lying or absent Content-Length cannot make us hold more.
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) throw new UploadError(400, UPLOAD_MESSAGES.noFile);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      throw new UploadError(413, UPLOAD_MESSAGES.tooLarge);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
