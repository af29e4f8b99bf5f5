/**
 * A file size as Vietnamese readers write it: "1,2 MB", "850 KB", "512 byte"
 * (decimal comma, binary units as file managers show them).
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} byte`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1000) return `${Math.max(1, Math.round(kilobytes))} KB`;
  const megabytes = bytes / 1024 / 1024;
  const shown = megabytes < 10 ? megabytes.toFixed(1) : String(Math.round(megabytes));
  return `${shown.replace('.', ',')} MB`;
}
