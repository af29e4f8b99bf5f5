// @ts-check
// The sentences a refusal carries when it is made before any page or action runs: by the
// proxy (lib/http/request-guard.ts) or by the portal's own server (lib/server/bare-refusals.mjs).

/** @param {number} bytes */
function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`;
}

export const REFUSAL_MESSAGES = {
  /** @param {number} [limit] bytes */
  tooLarge: (limit) => (limit ? `Dữ liệu gửi lên quá lớn (tối đa ${sizeText(limit)}).` : 'Dữ liệu gửi lên quá lớn.'),
  malformed: 'Yêu cầu không hợp lệ.',
  malformedAddress: 'Địa chỉ không hợp lệ.',
  unsupportedType: 'Dữ liệu gửi lên không đúng định dạng.',
  crossSite: 'Yêu cầu không được gửi từ trang của cổng thông tin nên bị từ chối.',
  methodNotAllowed: 'Địa chỉ này không nhận loại yêu cầu này.',
  notFound: 'Không tìm thấy địa chỉ này.',
  unknownAction: 'Thao tác này không còn trên cổng thông tin (trang đã cũ). Vui lòng tải lại trang.',
  refused: 'Yêu cầu không được chấp nhận.',
  serverError: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
};

/**
 * The sentence for a refusal known only by its status.
 * @param {number} status
 */
export function refusalMessageForStatus(status) {
  switch (status) {
    case 400:
      return REFUSAL_MESSAGES.malformed;
    case 404:
      return REFUSAL_MESSAGES.notFound;
    case 405:
      return REFUSAL_MESSAGES.methodNotAllowed;
    case 413:
      return REFUSAL_MESSAGES.tooLarge();
    case 415:
      return REFUSAL_MESSAGES.unsupportedType;
    default:
      return status >= 500 ? REFUSAL_MESSAGES.serverError : REFUSAL_MESSAGES.refused;
  }
}
