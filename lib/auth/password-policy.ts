// Pure password rules, shared by sign-in, setup, staff forms and unit tests.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
// Far above any real passphrase even in decomposed form; lets us refuse huge inputs before any work.
const RAW_INPUT_CAP = PASSWORD_MAX_LENGTH * 4;

export type PasswordCheck = { ok: true; password: string } | { ok: false; message: string };

/** NFC form, so a Vietnamese passphrase typed on any keyboard (composed or decomposed) hashes the same. */
export function normalizePassword(raw: string): string {
  return raw.normalize('NFC');
}

/** Checks length limits in characters (code points) after NFC; the cap is enforced before hashing. */
export function checkPassword(raw: unknown): PasswordCheck {
  if (typeof raw !== 'string' || raw.length > RAW_INPUT_CAP) {
    return { ok: false, message: `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.` };
  }
  const password = normalizePassword(raw);
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) {
    return { ok: false, message: `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.` };
  }
  if (length < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` };
  }
  return { ok: true, password };
}
