/** What every server action answers; shared by the actions and the forms that read them. */
export type FailureCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not-found' | 'conflict' | 'rate-limited' | 'error';

export type ActionFailure = {
  ok: false;
  code: FailureCode;
  /** one sentence for the whole form, in Vietnamese */
  message: string;
  /** a Vietnamese message per field name, shown next to that field */
  fieldErrors?: Record<string, string>;
  /** the HTTP status, where it is not the code's usual one (507 or 503 when the disk or the database is the cause) */
  status?: number;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export const UNAUTHENTICATED_MESSAGE = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại; nội dung đang soạn vẫn được giữ trên trang này.';
export const FORBIDDEN_MESSAGE = 'Bạn không có quyền thực hiện thao tác này.';
export const INVALID_MESSAGE = 'Thông tin chưa hợp lệ. Vui lòng xem lại các mục được đánh dấu.';
export const GENERIC_FAILURE_MESSAGE = 'Không thực hiện được thao tác. Vui lòng thử lại.';
