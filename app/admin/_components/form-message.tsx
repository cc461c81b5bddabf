import type { FormState } from '@/lib/actions/form-state';

/** The outcome of a form action, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === 'idle') return <p className="admin-message" role="status" aria-live="polite" />;
  return (
    <p className={`admin-message admin-message-${state.status}`} role={state.status === 'error' ? 'alert' : 'status'}>
      {state.message}
    </p>
  );
}
