/** Refusal of a request: 401 when nobody is signed in, 403 when the signed-in user may not do it. */
export class AuthorizationError extends Error {
  readonly status: 401 | 403;
  /** Set when the session ended because an admin deactivated the account. */
  readonly reason: 'account_disabled' | undefined;

  constructor(status: 401 | 403, message?: string, reason?: 'account_disabled') {
    super(
      message ??
        (status === 401
          ? 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'
          : 'Bạn không có quyền thực hiện thao tác này.'),
    );
    this.name = 'AuthorizationError';
    this.status = status;
    this.reason = reason;
  }
}
