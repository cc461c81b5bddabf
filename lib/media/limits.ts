// Upload limits. Bytes are counted while the body streams in; pixels are read from the image
// header before anything is decoded, so a small file that inflates to gigabytes is refused too.

/** Largest accepted image file. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Multipart framing and the text fields around the file. */
export const MAX_FORM_OVERHEAD_BYTES = 64 * 1024;
/** Largest accepted image area (50 megapixels). */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Photos processed at once; each holds a decoded image in memory. */
export const MAX_CONCURRENT_PROCESSING = 2;
