'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { updateOwnNameAction } from '../actions';

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateOwnNameAction, IDLE);
  return (
    <form action={action} className="admin-form" noValidate>
      <Field
        id="account-name"
        name="name"
        label="Tên hiển thị"
        autoComplete="name"
        required
        defaultValue={state.values?.name ?? name}
        error={state.fieldErrors?.name}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Lưu tên
      </button>
    </form>
  );
}
