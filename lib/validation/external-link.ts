import { recordId, sortOrderField } from './ordered-list';
import { webAddress } from './web-address';
import { z } from './zod';

export const externalLinkFormSchema = z.object({
  /** empty when adding */
  id: z.string().trim().max(40).optional().default(''),
  title: z.string().trim().min(1, 'Vui lòng nhập tên trang liên kết.').max(200, 'Tên trang liên kết dài tối đa 200 ký tự.'),
  url: webAddress('Vui lòng nhập địa chỉ trang liên kết.'),
  description: z.string().trim().max(500, 'Mô tả dài tối đa 500 ký tự.').optional().default(''),
  sortOrder: sortOrderField,
});

export type ExternalLinkFormInput = z.output<typeof externalLinkFormSchema>;

export const externalLinkIdSchema = z.object({ id: recordId });
