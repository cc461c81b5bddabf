import { z } from 'zod';
import { EVENT_ORDERINGS } from '@/lib/domain/event-ordering';
import { normalizeText } from '@/lib/vi/text';
import { slugField } from '../sections/section-schemas';

const id = z.coerce.number().int().positive();

/** Name, slug (empty: made from the name), description, cover photo and ordering of an event. */
export const eventSchema = z.object({
  name: z.string().transform(normalizeText).pipe(z.string().min(1, 'Nhập tên sự kiện.').max(120, 'Tên sự kiện tối đa 120 ký tự.')),
  slug: slugField,
  description: z
    .string()
    .default('')
    .transform(normalizeText)
    .pipe(z.string().max(500, 'Mô tả tối đa 500 ký tự.'))
    .transform((value) => value || null),
  coverMediaId: z.union([z.literal(''), id]).default('').transform((value) => (value === '' ? null : value)),
  ordering: z.enum(EVENT_ORDERINGS, 'Chọn cách sắp xếp bài.'),
});

export const eventIdSchema = z.object({ id });
export const updateEventSchema = z.intersection(eventIdSchema, eventSchema);
export const eventMemberSchema = z.object({ id, articleId: id });
export const moveEventMemberSchema = z.object({ id, articleId: id, direction: z.enum(['up', 'down']) });
