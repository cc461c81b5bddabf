import { z } from 'zod';
import { normalizeText, slugify } from '@/lib/vi/text';

const id = z.coerce.number().int().positive();
const SLUG = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;

/** A slug as typed, or derived from the name when left empty. */
export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, 'Đường dẫn tối đa 80 ký tự.')
  .regex(SLUG, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.');

export const sectionSchema = z
  .object({
    name: z.string().transform(normalizeText).pipe(z.string().min(1, 'Nhập tên chuyên mục.').max(80, 'Tên tối đa 80 ký tự.')),
    slug: slugField,
    description: z
      .string()
      .default('')
      .transform(normalizeText)
      .pipe(z.string().max(300, 'Mô tả tối đa 300 ký tự.'))
      .transform((value) => value || null),
    parentId: z.union([z.literal(''), id]).default('').transform((value) => (value === '' ? null : value)),
  })
  .transform((data) => ({ ...data, slug: data.slug || slugify(data.name) }))
  .refine((data) => data.slug.length > 0, { path: ['slug'], message: 'Nhập đường dẫn cho chuyên mục.' });

export const sectionIdSchema = z.object({ id });
export const updateSectionSchema = z.intersection(sectionIdSchema, sectionSchema);
export const moveSectionSchema = z.object({ id, direction: z.enum(['up', 'down']) });
