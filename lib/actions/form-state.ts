import type { ActionResult } from './action-result';

/** What an admin form action hands back to its form (useActionState). */
export type FormState = {
  status: 'idle' | 'success' | 'error';
  message: string;
  /** Field name → Vietnamese message. */
  fieldErrors?: Record<string, string>;
  /** What was typed (never passwords), so a refused form comes back filled in. */
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: 'idle', message: '' };

/** A form action's result as its form shows it; `values` are only sent back with a refusal. */
export function toFormState(result: ActionResult<{ message: string }>, values?: Record<string, string>): FormState {
  if (result.ok) return { status: 'success', message: result.message };
  return { status: 'error', message: result.message, fieldErrors: result.fieldErrors, values };
}
