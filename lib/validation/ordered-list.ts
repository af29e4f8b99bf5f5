import { z } from './zod';

/** A position in a list: empty means "at the end". */
export const sortOrderField = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.coerce
    .number({ error: 'Thứ tự là một số.' })
    .int('Thứ tự là một số nguyên.')
    .min(0, 'Thứ tự từ 0 trở lên.')
    .max(100_000, 'Thứ tự tối đa 100000.')
    .optional(),
);

export const recordId = z.string().trim().min(1).max(40);

/** "Lên" / "Xuống" in an editor's list. */
export const moveSchema = z.object({ id: recordId, direction: z.enum(['up', 'down'], { error: 'Hướng di chuyển không hợp lệ.' }) });
