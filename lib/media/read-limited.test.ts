import { describe, expect, it } from 'vitest';
import { assertDeclaredLength, MAX_BODY_BYTES, readLimited } from './read-limited';
import { UploadError } from './upload-error';

/** A stream of `count` chunks of `size` bytes; records how many were pulled and whether it was cancelled. */
function counted(size: number, count = Infinity) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= count) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('assertDeclaredLength', () => {
  it('refuses a declared length over the limit before reading anything', () => {
    expect(() => assertDeclaredLength(String(MAX_BODY_BYTES + 1))).toThrow(
      expect.objectContaining({ status: 413 }) as unknown as Error,
    );
  });

  it('accepts a declared length within the limit, or none (chunked bodies are counted instead)', () => {
    expect(() => assertDeclaredLength(String(MAX_BODY_BYTES))).not.toThrow();
    expect(() => assertDeclaredLength(null)).not.toThrow();
  });

  it('refuses a malformed length', () => {
    expect(() => assertDeclaredLength('-5')).toThrow(UploadError);
    expect(() => assertDeclaredLength('abc')).toThrow(UploadError);
  });
});

describe('readLimited', () => {
  it('returns the whole body when it fits', async () => {
    const { stream } = counted(1000, 5);
    expect((await readLimited(stream, 5000)).byteLength).toBe(5000);
  });

  it('stops reading and cancels the stream as soon as the limit is passed', async () => {
    // An endless body: only counting while reading can end this.
    const { stream, state } = counted(64 * 1024);
    await expect(readLimited(stream, 1024 * 1024)).rejects.toMatchObject({ status: 413 });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(1024 / 64 + 2);
  });

  it('refuses a missing body', async () => {
    await expect(readLimited(null)).rejects.toMatchObject({ status: 400 });
  });
});
