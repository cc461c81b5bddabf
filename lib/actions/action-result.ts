/** Why an action did nothing; `message` is Vietnamese and shown as is. */
export type ActionRefusal = {
  /** `account_disabled`: the session ended because the account was deactivated (the message says whom to ask). */
  error: 'unauthorized' | 'account_disabled' | 'forbidden' | 'invalid' | 'not_found' | 'refused';
  message: string;
  /** Field name → message, for a form to show beside each input. */
  fieldErrors?: Record<string, string>;
};

/**
 * What every Server Action answers: its value on success, or a refusal (plus any refusal of its
 * own, such as an article save's conflict); callers never have to guess from an HTTP error.
 */
export type ActionResult<T extends object, E extends object = never> =
  | ({ ok: true } & T)
  | ({ ok: false } & ActionRefusal)
  | ({ ok: false } & E);
