import { isValidSlug, MAX_SLUG_LENGTH } from '@/lib/text/slugify';
import { z } from './zod';

export const categoryFormSchema = z.object({
  /** empty when creating */
  id: z.string().trim().max(40).optional().default(''),
  name: z.string().trim().min(1, 'Vui lòng nhập tên chuyên mục.').max(100, 'Tên chuyên mục dài tối đa 100 ký tự.'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(MAX_SLUG_LENGTH)
    .refine((value) => value === '' || isValidSlug(value), 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.'),
  description: z.string().trim().max(500, 'Mô tả dài tối đa 500 ký tự.').optional().default(''),
  position: z.coerce.number({ error: 'Thứ tự là một số.' }).int('Thứ tự là một số nguyên.').min(0, 'Thứ tự từ 0 trở lên.').max(1000, 'Thứ tự tối đa 1000.'),
});

export const categoryIdSchema = z.object({ id: z.string().trim().min(1).max(40) });
