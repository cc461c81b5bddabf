import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from './field-errors';

const schema = z.object({
  name: z.string().min(2, 'Tên quá ngắn.').regex(/^\p{L}+$/u, 'Chỉ dùng chữ.'),
  email: z.email('Email không hợp lệ.'),
  age: z.coerce.number().int('Tuổi phải là số nguyên.'),
});

describe('fieldErrors', () => {
  it('keeps the first message of each field and leaves valid fields out', () => {
    const parsed = schema.safeParse({ name: '1', email: 'x', age: '30' });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!)).toEqual({ name: 'Tên quá ngắn.', email: 'Email không hợp lệ.' });
  });

  it('is empty when only the form as a whole is wrong', () => {
    const parsed = z.object({ a: z.string() }).refine(() => false, 'Sai.').safeParse({ a: 'x' });
    expect(fieldErrors(parsed.error!)).toEqual({});
  });
});
