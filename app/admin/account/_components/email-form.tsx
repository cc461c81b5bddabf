'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { requestEmailChangeAction } from '../actions';

export function EmailRequestForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestEmailChangeAction, IDLE);
  return (
    <form action={action} className="admin-form" noValidate>
      <Field
        id="account-email"
        name="email"
        label="Email mới"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Gửi yêu cầu đổi email
      </button>
    </form>
  );
}
