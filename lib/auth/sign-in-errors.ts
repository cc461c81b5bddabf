// Same class next-auth re-exports; imported from its source so unit tests can load it outside Next.
import { CredentialsSignin } from '@auth/core/errors';

// Auth.js reports a failed Credentials sign-in by throwing CredentialsSignin; its `code` reaches
// the login page (`?code=`) and the sign-in action, so it must not say whether the account exists.

/** Wrong email or password, or an unknown account: one answer for all. */
export class InvalidCredentials extends CredentialsSignin {
  code = 'credentials';
}

/**
 * The right password for a deactivated account. Told only after the password is verified, so it
 * reveals nothing to someone probing addresses: they get InvalidCredentials like any wrong guess.
 */
export class AccountDisabled extends CredentialsSignin {
  code = 'disabled';
}

/** Too many failures for this account or address. */
export class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

/** Vietnamese text for a sign-in error code. */
export function signInErrorMessage(code: string | undefined): string {
  if (code === 'locked') {
    return 'Đăng nhập sai quá nhiều lần nên tài khoản tạm bị khóa (tối đa 15 phút). Vui lòng thử lại sau ít phút, hoặc nhờ quản trị viên tòa soạn mở khóa ở mục Nhân sự.';
  }
  if (code === 'disabled') {
    return 'Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên tòa soạn (người quản lý mục Nhân sự) để được kích hoạt lại.';
  }
  return 'Email hoặc mật khẩu không đúng.';
}
