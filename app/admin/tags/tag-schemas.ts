import { z } from 'zod';
import { normalizeText, slugify } from '@/lib/vi/text';
import { slugField } from '../sections/section-schemas';

const id = z.coerce.number().int().positive();

export const renameTagSchema = z
  .object({
    id,
    name: z.string().transform(normalizeText).pipe(z.string().min(1, 'Nhập tên thẻ.').max(80, 'Tên thẻ tối đa 80 ký tự.')),
    slug: slugField,
  })
  .transform((data) => ({ ...data, slug: data.slug || slugify(data.name) }))
  .refine((data) => data.slug.length > 0, { path: ['slug'], message: 'Nhập đường dẫn cho thẻ.' });

/** The tag to merge into, typed as its name or its slug. */
export const mergeTagSchema = z.object({
  id,
  target: z
    .string()
    .transform((value) => slugify(value.replace(/^\/?chu-de\//, '')))
    .pipe(z.string().min(1, 'Nhập tên hoặc đường dẫn của thẻ đích.')),
});
export const tagIdSchema = z.object({ id });
