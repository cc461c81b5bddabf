'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { signInStaffAction } from '../actions';

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  // The permalink is where the form posts before hydration (without one React writes action="",
  // which HTML forbids); it keeps the way back for a second try after a failure.
  const [state, action, pending] = useActionState<FormState, FormData>(
    signInStaffAction,
    initialError ? { status: 'error', message: initialError } : IDLE,
    `/admin/login?${new URLSearchParams({ callbackUrl })}`,
  );
  return (
    <form action={action} className="admin-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="login-email">Email</label>
      <input id="login-email" name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} />
      <label htmlFor="login-password">Mật khẩu</label>
      <input id="login-password" name="password" type="password" autoComplete="current-password" required />
      {state.status === 'error' ? (
        <p className="admin-message admin-message-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
