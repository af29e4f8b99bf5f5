import { errorCodesOf } from './error-codes';

/**
 * A write refused because the server's storage cannot take it: the disk (or the database's
 * volume) is full, the data directory is read-only, or the disk fails. Editors get a sentence
 * that says so, rather than the generic "try again", which would not help until an operator acts.
 */
export type StorageFailure = 'disk-full' | 'read-only' | 'disk-error';

// SQLite codes as better-sqlite3 names them (extended codes start with these), errno codes
// of file writes (uploads), and PostgreSQL SQLSTATEs (53100 disk_full, 25006 read_only_sql_transaction).
const DISK_FULL = ['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100'];
const READ_ONLY = ['SQLITE_READONLY', 'EROFS', '25006'];
// A filesystem the kernel turns read-only under an open database (ext4 errors=remount-ro)
// makes SQLite's next write fail with SQLITE_IOERR_WRITE, not SQLITE_READONLY; a failing
// disk does the same.
const DISK_ERROR = ['SQLITE_IOERR', 'SQLITE_CANTOPEN', 'EIO'];

export function storageFailureOf(error: unknown): StorageFailure | null {
  const codes = errorCodesOf(error);
  const matches = (known: string[]) => codes.some((code) => known.some((prefix) => code === prefix || code.startsWith(`${prefix}_`)));
  if (matches(DISK_FULL)) return 'disk-full';
  if (matches(READ_ONLY)) return 'read-only';
  if (matches(DISK_ERROR)) return 'disk-error';
  return null;
}

/**
 * The HTTP status of an answer refused for the condition (507 Insufficient Storage, 503
 * Service Unavailable): it is the server's state, not the request's fault, and lasts until an
 * operator acts, so it is not the generic 500.
 */
export const STORAGE_FAILURE_STATUS: Record<StorageFailure, 507 | 503> = {
  'disk-full': 507,
  'read-only': 503,
  'disk-error': 503,
};

/** What an editor reads when a save, a publish or an upload hits the condition. */
export const STORAGE_FAILURE_MESSAGES: Record<StorageFailure, string> = {
  'disk-full':
    'Không lưu được vì ổ đĩa của máy chủ đã đầy. Những gì đã lưu trước đó vẫn còn nguyên, nội dung bạn đang soạn vẫn còn trên màn hình. Vui lòng báo quản trị hệ thống giải phóng dung lượng rồi thử lại.',
  'read-only':
    'Không lưu được vì thư mục dữ liệu của máy chủ đang ở chế độ chỉ đọc. Những gì đã lưu trước đó vẫn còn nguyên, nội dung bạn đang soạn vẫn còn trên màn hình. Vui lòng báo quản trị hệ thống kiểm tra ổ đĩa rồi thử lại.',
  'disk-error':
    'Không lưu được vì máy chủ không ghi được vào ổ đĩa (ổ đĩa bị lỗi hoặc đã chuyển sang chế độ chỉ đọc). Những gì đã lưu trước đó vẫn còn nguyên, nội dung bạn đang soạn vẫn còn trên màn hình. Vui lòng báo quản trị hệ thống kiểm tra ổ đĩa rồi thử lại.',
};
