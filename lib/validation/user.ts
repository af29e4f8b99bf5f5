import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ROLES } from '@/lib/domain/roles';
import { z } from './zod';

const id = z.string().trim().min(1).max(40);
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Vui lòng nhập email.')
  .max(254, 'Email quá dài.')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Email chưa đúng dạng, ví dụ: ten@phuochung.gov.vn.');
const newPassword = z
  .string()
  .max(MAX_PASSWORD_LENGTH, `Mật khẩu dài tối đa ${MAX_PASSWORD_LENGTH} ký tự.`)
  .refine((value) => value === '' || value.length >= MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
const role = z.enum(ROLES, { error: 'Vui lòng chọn vai trò.' });

export const createUserSchema = z.object({
  name: z.string().trim().min(1, 'Vui lòng nhập họ tên.').max(120, 'Họ tên dài tối đa 120 ký tự.'),
  email,
  role,
  /** empty: a strong password is generated and shown once */
  password: newPassword.optional().default(''),
});

export const changeRoleSchema = z.object({ userId: id, role });
export const setDisabledSchema = z.object({
  userId: id,
  disabled: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
export const resetPasswordSchema = z.object({ userId: id, password: newPassword.optional().default('') });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(MAX_PASSWORD_LENGTH),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
      .max(MAX_PASSWORD_LENGTH, `Mật khẩu dài tối đa ${MAX_PASSWORD_LENGTH} ký tự.`),
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Hai lần nhập mật khẩu mới chưa khớp nhau.',
  });
