import { EMAIL_MESSAGE, EMAIL_PATTERN, PHONE_MESSAGE, PHONE_PATTERN } from './contact-fields';
import { z } from './zod';

const id = z.string().trim().min(1).max(40);

/** A member of the ward's leadership, as the editor types it (shown on /gioi-thieu). */
export const leaderFormSchema = z
  .object({
    /** empty when adding */
    id: z.string().trim().max(40).optional().default(''),
    name: z.string().trim().min(1, 'Vui lòng nhập họ tên.').max(120, 'Họ tên dài tối đa 120 ký tự.'),
    position: z.string().trim().min(1, 'Vui lòng nhập chức vụ.').max(200, 'Chức vụ dài tối đa 200 ký tự.'),
    phone: z
      .string()
      .trim()
      .max(50, 'Số điện thoại dài tối đa 50 ký tự.')
      .refine((value) => value === '' || PHONE_PATTERN.test(value), PHONE_MESSAGE)
      .optional()
      .default(''),
    email: z
      .string()
      .trim()
      .max(254, 'Thư điện tử dài tối đa 254 ký tự.')
      .refine((value) => value === '' || EMAIL_PATTERN.test(value), EMAIL_MESSAGE)
      .optional()
      .default(''),
    responsibilities: z.string().trim().max(2000, 'Lĩnh vực phụ trách dài tối đa 2000 ký tự.').optional().default(''),
    photoId: z
      .string()
      .trim()
      .max(40)
      .nullish()
      .transform((value) => value || null),
    photoAlt: z.string().trim().max(300, 'Mô tả ảnh dài tối đa 300 ký tự.').optional().default(''),
  })
  .superRefine((value, context) => {
    if (value.photoId && !value.photoAlt) {
      context.addIssue({ code: 'custom', path: ['photoAlt'], message: 'Vui lòng mô tả ảnh cho người không xem được ảnh, ví dụ “Ảnh chân dung ông Nguyễn Văn A”.' });
    }
  });

export type LeaderFormInput = z.output<typeof leaderFormSchema>;

export const leaderIdSchema = z.object({ id });

export const moveLeaderSchema = z.object({ id, direction: z.enum(['up', 'down']) });
export type MoveLeaderInput = z.output<typeof moveLeaderSchema>;
