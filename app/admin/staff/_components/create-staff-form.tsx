'use client';

import { useActionState } from 'react';
import { isUserRole } from '@/lib/domain/staff-roles';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { PASSWORD_LENGTH_HINT } from '../../_components/new-password-fields';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { createStaffAction } from '../actions';
import { RoleSelect } from './role-select';

export function CreateStaffForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createStaffAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="admin-form" noValidate>
      <Field id="staff-name" name="name" label="Họ tên" required defaultValue={values.name} error={errors.name} />
      <Field id="staff-email" name="email" label="Email" type="email" autoComplete="off" required defaultValue={values.email} error={errors.email} />
      <RoleSelect id="staff-role" label="Vai trò" defaultValue={isUserRole(values.role) ? values.role : 'reporter'} />
      <Field
        id="staff-password"
        name="password"
        label={`Mật khẩu ban đầu (${PASSWORD_LENGTH_HINT})`}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Tạo tài khoản
      </button>
    </form>
  );
}
