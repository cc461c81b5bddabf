import { z } from 'zod';
import { normalizeText } from '@/lib/vi/text';

const text = (max: number, label: string) =>
  z
    .string()
    .default('')
    .transform(normalizeText)
    .pipe(z.string().max(max, `${label} tối đa ${max} ký tự`));

/** The newsroom's words about a photo, shared by upload and edit. */
export const mediaFieldsSchema = z.object({
  alt: text(500, 'Mô tả ảnh (alt)'),
  caption: text(1000, 'Chú thích'),
  credit: text(200, 'Nguồn ảnh'),
});

export type MediaFields = z.output<typeof mediaFieldsSchema>;
