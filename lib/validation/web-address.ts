import { z } from './zod';

export const MAX_URL_LENGTH = 500;

/** True for an absolute http:// or https:// address with a host name. */
export function isWebAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !url.username && !url.password;
}

/** An address readers are sent to: http(s) only, so no javascript: or data: link reaches a page. */
export const webAddress = (emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(MAX_URL_LENGTH, `Địa chỉ dài tối đa ${MAX_URL_LENGTH} ký tự.`)
    .refine(isWebAddress, 'Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ: https://dichvucong.gov.vn.');
