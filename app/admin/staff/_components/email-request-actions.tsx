'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { FormMessage } from '../../_components/form-message';
import { approveEmailChangeAction, rejectEmailChangeAction } from '../actions';

/** Approve or reject one pending email change; each button names the person for screen readers. */
export function EmailRequestActions({ requestId, name }: { requestId: number; name: string }) {
  const [approveState, approve] = useActionState<FormState, FormData>(approveEmailChangeAction, IDLE);
  const [rejectState, reject] = useActionState<FormState, FormData>(rejectEmailChangeAction, IDLE);
  return (
    <div className="admin-inline-form">
      <form action={approve}>
        <input type="hidden" name="requestId" value={requestId} />
        <button type="submit" aria-label={`Duyệt đổi email của ${name}`}>
          Duyệt
        </button>
        <FormMessage state={approveState} />
      </form>
      <form action={reject}>
        <input type="hidden" name="requestId" value={requestId} />
        <button type="submit" aria-label={`Từ chối đổi email của ${name}`}>
          Từ chối
        </button>
        <FormMessage state={rejectState} />
      </form>
    </div>
  );
}
