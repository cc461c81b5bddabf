'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { FormMessage } from '../../_components/form-message';
import { signOutEverywhereAction } from '../actions';

export function SignOutEverywhere() {
  const [state, action, pending] = useActionState<FormState, FormData>(signOutEverywhereAction, IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Đăng xuất khỏi mọi thiết bị
      </button>
    </form>
  );
}
