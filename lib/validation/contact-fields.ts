/** Rules for contact details, shared by the site settings and the leaders' entries. */
export const PHONE_PATTERN = /^[0-9 +().-]+$/;
export const PHONE_MESSAGE = 'Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . -';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MESSAGE = 'Thư điện tử chưa đúng dạng, ví dụ: ubnd@phuochung.gov.vn.';

/** An https address without credentials in it; '' passes (the setting is optional). */
export function isHttpsUrlOrEmpty(value: string): boolean {
  if (value === '') return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}
