'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { changeOwnPasswordAction } from '../actions';

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changeOwnPasswordAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="admin-form" noValidate>
      <Field id="account-current-password" name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required error={errors.current} />
      <Field
        id="account-new-password"
        name="password"
        label={`Mật khẩu mới (${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} ký tự)`}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <Field id="account-confirm-password" name="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required error={errors.confirm} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {pending ? 'Đang đổi mật khẩu…' : 'Đổi mật khẩu'}
      </button>
    </form>
  );
}
