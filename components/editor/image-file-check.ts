/** What the server accepts (lib/media/upload-image.ts), checked in the browser first to answer at once. */
export const MAX_IMAGE_BYTES_TEXT = 'Ảnh JPEG, PNG hoặc WebP, tối đa 5 MB.';
const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export function checkImageFile(file: File | undefined | null): string | null {
  if (!file) return 'Vui lòng chọn một tệp ảnh.';
  if (file.type && !TYPES.includes(file.type)) return 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.';
  if (file.size > MAX_BYTES) {
    return `Ảnh nặng ${(file.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn 5 MB. Vui lòng chọn ảnh nhỏ hơn.`;
  }
  return null;
}
