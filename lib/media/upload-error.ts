/** A refused upload: the status to answer with and a message for the newsroom, in Vietnamese. */
export class UploadError extends Error {
  readonly status: 400 | 413 | 415 | 422;

  constructor(status: 400 | 413 | 415 | 422, message: string) {
    super(message);
    this.name = 'UploadError';
    this.status = status;
  }
}

export const UPLOAD_MESSAGES = {
  tooLarge: 'Ảnh vượt quá 20 MB. Vui lòng giảm dung lượng rồi tải lại.',
  tooManyPixels: 'Ảnh lớn hơn 50 megapixel. Vui lòng thu nhỏ ảnh rồi tải lại.',
  notAnImage: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF. Tệp này không phải ảnh hợp lệ.',
  markup: 'Tệp này chứa mã SVG/HTML, không phải ảnh. Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF.',
  damaged: 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.',
  noFile: 'Chưa chọn tệp ảnh để tải lên.',
  empty: 'Tệp trống (0 byte): có thể tệp chưa được lưu xong hoặc đã hỏng. Hãy chọn lại ảnh gốc.',
  wrongType: 'Không phải tệp ảnh được nhận: chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF.',
  badForm: 'Yêu cầu tải lên không hợp lệ: hãy gửi ảnh trong trường "file" của biểu mẫu.',
} as const;
