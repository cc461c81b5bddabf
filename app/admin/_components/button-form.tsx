import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from './form-message';

type Props = {
  /** The form action from the caller's useActionState, whose state is `state`. */
  action: (formData: FormData) => void;
  state: FormState;
  /** Hidden fields posted with the click, e.g. { userId: 4 }. */
  fields: Record<string, string | number>;
  label: string;
  /** Names what the button acts on, for screen readers ("Mở khóa đăng nhập cho a@b.vn"). */
  ariaLabel: string;
  className?: string;
};

/** A form that is one button (approve, unlock…), with its outcome announced under it. */
export function ButtonForm({ action, state, fields, label, ariaLabel, className }: Props) {
  return (
    <form action={action} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" aria-label={ariaLabel}>
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
