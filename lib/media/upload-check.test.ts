import { describe, expect, it } from 'vitest';
import { formatFileSize, uploadFileProblem } from './upload-check';
import { UPLOAD_MESSAGES } from './upload-error';

const MB = 1024 * 1024;

describe('uploadFileProblem', () => {
  it('accepts the four photo formats, by type or, without one, by extension', () => {
    expect(uploadFileProblem({ name: 'a.jpg', size: 5 * MB, type: 'image/jpeg' })).toBeNull();
    expect(uploadFileProblem({ name: 'b.webp', size: 900, type: 'image/webp' })).toBeNull();
    expect(uploadFileProblem({ name: 'c.AVIF', size: 900, type: '' })).toBeNull();
  });

  it('names an empty file as empty, not as a missing one', () => {
    const message = uploadFileProblem({ name: 'hong.jpg', size: 0, type: 'image/jpeg' });
    expect(message).toBe(UPLOAD_MESSAGES.empty);
    expect(message).toContain('0 byte');
    expect(message).not.toBe(UPLOAD_MESSAGES.noFile);
  });

  it('says how large a file over 20 MB is', () => {
    expect(uploadFileProblem({ name: 'lon.jpg', size: 23.4 * MB, type: 'image/jpeg' })).toBe(
      'Tệp nặng 23,4 MB, vượt quá giới hạn 20 MB. Vui lòng giảm dung lượng rồi tải lại.',
    );
    expect(uploadFileProblem({ name: 'vua.jpg', size: 20 * MB, type: 'image/jpeg' })).toBeNull();
  });

  it('refuses other types before sending, whatever the size', () => {
    for (const file of [
      { name: 'tai-lieu.pdf', size: 1000, type: 'application/pdf' },
      { name: 'hinh.gif', size: 1000, type: 'image/gif' },
      { name: 'bieu-do.svg', size: 30 * MB, type: 'image/svg+xml' },
      { name: 'khong-ro', size: 1000, type: '' },
    ]) {
      expect(uploadFileProblem(file), file.name).toBe(UPLOAD_MESSAGES.wrongType);
    }
  });
});

describe('formatFileSize', () => {
  it('writes sizes with a Vietnamese decimal comma', () => {
    expect(formatFileSize(2.45 * MB)).toBe('2,5 MB');
    expect(formatFileSize(830 * 1024)).toBe('830 KB');
    expect(formatFileSize(10)).toBe('1 KB');
  });
});
