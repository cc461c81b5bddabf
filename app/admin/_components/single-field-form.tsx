'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { Field } from './field';
import { FormMessage } from './form-message';

type Props = Omit<React.ComponentProps<typeof Field>, 'name' | 'defaultValue' | 'error' | 'form'> & {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  name: string;
  /** The value shown until a refusal sends back what was typed. */
  initial?: string;
  submitLabel: string;
};

/** A form of one required field (a new name, a new email) with its error beside it and the outcome under it. */
export function SingleFieldForm({ action, name, initial, submitLabel, ...field }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="admin-form" noValidate>
      <Field {...field} name={name} required defaultValue={state.values?.[name] ?? initial} error={state.fieldErrors?.[name]} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
