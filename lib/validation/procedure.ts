import { recordId, sortOrderField } from './ordered-list';
import { webAddress } from './web-address';
import { z } from './zod';

export const procedureFormSchema = z.object({
  /** empty when adding */
  id: z.string().trim().max(40).optional().default(''),
  title: z.string().trim().min(1, 'Vui lòng nhập tên thủ tục.').max(300, 'Tên thủ tục dài tối đa 300 ký tự.'),
  code: z
    .string()
    .trim()
    .max(30, 'Mã thủ tục dài tối đa 30 ký tự.')
    .regex(/^[0-9A-Za-z.\-_/]*$/, 'Mã thủ tục chỉ gồm chữ, số và các dấu . - _ /, ví dụ: 1.001193.')
    .optional()
    .default(''),
  // one spelling per field: the page groups procedures by this text
  field: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập lĩnh vực, ví dụ: Hộ tịch.')
    .max(100, 'Lĩnh vực dài tối đa 100 ký tự.')
    .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ')),
  description: z.string().trim().max(1000, 'Mô tả dài tối đa 1000 ký tự.').optional().default(''),
  portalUrl: webAddress('Vui lòng nhập địa chỉ thực hiện trực tuyến trên Cổng Dịch vụ công.'),
  sortOrder: sortOrderField,
});

export type ProcedureFormInput = z.output<typeof procedureFormSchema>;

export const procedureIdSchema = z.object({ id: recordId });
