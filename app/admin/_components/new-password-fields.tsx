import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { Field } from './field';

/** The password policy's length, as labels state it: "8–256 ký tự". */
export const PASSWORD_LENGTH_HINT = `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} ký tự`;

type Props = {
  idPrefix: string;
  /** The first field's label; the length rule (and `note`) follow it in brackets. */
  label: string;
  note?: string;
  confirmLabel: string;
  errors: { password?: string; confirm?: string };
};

/** A new password typed twice, posted as `password` and `confirm`. */
export function NewPasswordFields({ idPrefix, label, note, confirmLabel, errors }: Props) {
  return (
    <>
      <Field
        id={`${idPrefix}-password`}
        name="password"
        label={`${label} (${note ? `${PASSWORD_LENGTH_HINT}, ${note}` : PASSWORD_LENGTH_HINT})`}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <Field id={`${idPrefix}-confirm`} name="confirm" label={confirmLabel} type="password" autoComplete="new-password" required error={errors.confirm} />
    </>
  );
}
