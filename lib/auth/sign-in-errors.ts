// Same class next-auth re-exports; imported from its source so unit tests can load it outside Next.
import { CredentialsSignin } from '@auth/core/errors';

// Auth.js reports a failed Credentials sign-in by throwing CredentialsSignin; its `code` reaches
// the login page (`?code=`) and the sign-in action, so it must not say whether the account exists.

/** Wrong email or password, unknown or deactivated account: one answer for all. */
export class InvalidCredentials extends CredentialsSignin {
  code = 'credentials';
}

/** Too many failures for this account or address. */
export class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

/** Vietnamese text for a sign-in error code. */
export function signInErrorMessage(code: string | undefined): string {
  if (code === 'locked') {
    return 'Đăng nhập sai quá nhiều lần. Tài khoản tạm bị khóa, vui lòng thử lại sau ít phút.';
  }
  return 'Email hoặc mật khẩu không đúng.';
}
