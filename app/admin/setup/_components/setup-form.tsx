'use client';

import { useActionState } from 'react';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
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
      <Field
        id="setup-password"
        name="password"
        label="Mật khẩu (8–256 ký tự, có thể dùng tiếng Việt)"
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <Field id="setup-confirm" name="confirm" label="Nhập lại mật khẩu" type="password" autoComplete="new-password" required error={errors.confirm} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Tạo tài khoản quản trị
      </button>
    </form>
  );
}
