'use client';

import { useActionState } from 'react';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { NewPasswordFields } from '../../_components/new-password-fields';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { createOwnerAction } from '../actions';

export function SetupForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createOwnerAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="admin-form" noValidate>
      <Field id="setup-name" name="name" label="Họ tên" autoComplete="name" required defaultValue={values.name} error={errors.name} />
      <Field id="setup-email" name="email" label="Email" type="email" autoComplete="username" required defaultValue={values.email} error={errors.email} />
      <NewPasswordFields idPrefix="setup" label="Mật khẩu" note="có thể dùng tiếng Việt" confirmLabel="Nhập lại mật khẩu" errors={errors} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Tạo tài khoản quản trị
      </button>
    </form>
  );
}
