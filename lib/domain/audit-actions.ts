/** Events kept in the audit log, with the words the log viewer shows for them. */
export const AUDIT_ACTION_LABELS = {
  'auth.sign-in': 'Đăng nhập',
  'auth.sign-in-failed': 'Đăng nhập sai',
  'auth.sign-out': 'Đăng xuất',
  'auth.sign-out-everywhere': 'Đăng xuất khỏi mọi thiết bị',
  'account.password-change': 'Đổi mật khẩu',
  'article.publish': 'Xuất bản bài viết',
  'article.scheduled-publish': 'Xuất bản theo lịch hẹn',
  'article.schedule': 'Hẹn giờ xuất bản',
  'article.unschedule': 'Hủy hẹn giờ',
  'article.unpublish': 'Gỡ bài',
  'article.submit': 'Gửi duyệt',
  'article.trash': 'Chuyển vào thùng rác',
  'article.restore': 'Khôi phục từ thùng rác',
  'article.revision-restore': 'Khôi phục phiên bản',
  'article.ratings.reset': 'Xóa đánh giá của bài viết',
  'category.create': 'Thêm chuyên mục',
  'category.update': 'Sửa chuyên mục',
  'category.delete': 'Xóa chuyên mục',
  'settings.update': 'Cập nhật thông tin trang',
  'user.create': 'Tạo tài khoản',
  'user.role-change': 'Đổi vai trò',
  'user.disable': 'Khóa tài khoản',
  'user.enable': 'Mở khóa tài khoản',
  'user.password-reset': 'Đặt lại mật khẩu',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
