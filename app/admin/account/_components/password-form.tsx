'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { NewPasswordFields } from '../../_components/new-password-fields';
import { changeOwnPasswordAction } from '../actions';

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changeOwnPasswordAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="admin-form" noValidate>
      <Field id="account-current-password" name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required error={errors.current} />
      <NewPasswordFields idPrefix="account-new" label="Mật khẩu mới" confirmLabel="Nhập lại mật khẩu mới" errors={errors} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {pending ? 'Đang đổi mật khẩu…' : 'Đổi mật khẩu'}
      </button>
    </form>
  );
}
