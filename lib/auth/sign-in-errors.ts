import { retryAfterText } from '@/lib/security/retry-after-text';

/**
 * Why a sign-in failed, as the short code next-auth carries from the server to the
 * sign-in page (its `error` parameter), and the Vietnamese sentence shown for it. A wrong
 * email and a wrong password read the same, so the page never tells whether an account exists.
 */
export type SignInFailure =
  | { kind: 'wrong'; remainingAttempts: number }
  | { kind: 'locked'; retryAfterSeconds: number }
  | { kind: 'disabled' }
  | { kind: 'malformed' };

export function encodeSignInFailure(failure: SignInFailure): string {
  switch (failure.kind) {
    case 'wrong':
      return `wrong:${failure.remainingAttempts}`;
    case 'locked':
      return `locked:${failure.retryAfterSeconds}`;
    default:
      return failure.kind;
  }
}

const WRONG = 'Email hoặc mật khẩu không đúng.';

export function signInFailureMessage(code: string | null | undefined): string {
  const [kind, value] = (code ?? '').split(':');
  const number = Number(value);
  switch (kind) {
    case 'wrong':
      return Number.isInteger(number) && number > 0 && number <= 2
        ? `${WRONG} Bạn còn ${number} lần thử trước khi bị tạm khóa.`
        : WRONG;
    case 'locked':
      return `Bạn đã nhập sai quá nhiều lần nên việc đăng nhập tạm thời bị khóa. ${retryAfterText(Number.isFinite(number) && number > 0 ? number : 900)}`;
    case 'disabled':
      return 'Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.';
    case 'malformed':
      return 'Vui lòng nhập email và mật khẩu.';
    default:
      return WRONG;
  }
}
