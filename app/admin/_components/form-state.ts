/** What an admin form action hands back to its form. */
export type FormState = {
  status: 'idle' | 'success' | 'error';
  message: string;
  /** Field name → Vietnamese message. */
  fieldErrors?: Record<string, string>;
  /** What was typed (never passwords), so a refused form comes back filled in. */
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: 'idle', message: '' };
