'use client';

import { useActionState } from 'react';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Hidden fields: the event, the article, a direction. */
  fields: Record<string, string | number>;
  /** The button's text, and its accessible name when the text alone is ambiguous in a list. */
  label: string;
  name?: string;
  disabled?: boolean;
};

/** One button acting on one article of an event (add, remove, move), with its outcome announced. */
export function MemberButton({ action, fields, label, name, disabled = false }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="admin-inline-form">
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <button type="submit" disabled={pending || disabled} aria-label={name}>
        {label}
      </button>
      {state.status === 'error' ? <FormMessage state={state} /> : null}
    </form>
  );
}
