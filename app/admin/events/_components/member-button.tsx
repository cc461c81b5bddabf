'use client';

import { useActionState, useRef, useState } from 'react';
import { FormMessage } from '../../_components/form-message';
import { ConfirmDialog } from '../../_components/modal-dialog';
import { IDLE, type FormState } from '@/lib/actions/form-state';

type Confirmation = { title: string; message: string; confirmLabel: string };

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Hidden fields: the event, the article, a direction. */
  fields: Record<string, string | number>;
  /** The button's text, and its accessible name when the text alone is ambiguous in a list. */
  label: string;
  name?: string;
  disabled?: boolean;
  /** For a change that cannot be undone: what to ask before the form is sent. */
  confirm?: Confirmation;
};

/** One button acting on an event or one of its articles (add, remove, move, delete), with its outcome announced. */
export function MemberButton({ action, fields, label, name, disabled = false, confirm }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [asking, setAsking] = useState(false);
  return (
    <form
      ref={form}
      action={formAction}
      className="admin-inline-form"
      onSubmit={(event) => {
        // The first submit asks; the one the dialog confirms is sent.
        if (!confirm || confirmed.current) {
          confirmed.current = false;
          return;
        }
        event.preventDefault();
        setAsking(true);
      }}
    >
      {confirm && asking && (
        <ConfirmDialog
          {...confirm}
          onConfirm={() => {
            setAsking(false);
            confirmed.current = true;
            form.current?.requestSubmit();
          }}
          onCancel={() => setAsking(false)}
        />
      )}
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
