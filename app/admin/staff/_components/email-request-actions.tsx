'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { ButtonForm } from '../../_components/button-form';
import { approveEmailChangeAction, rejectEmailChangeAction } from '../actions';

/** Approve or reject one pending email change; each button names the person for screen readers. */
export function EmailRequestActions({ requestId, name }: { requestId: number; name: string }) {
  const [approveState, approve] = useActionState<FormState, FormData>(approveEmailChangeAction, IDLE);
  const [rejectState, reject] = useActionState<FormState, FormData>(rejectEmailChangeAction, IDLE);
  return (
    <div className="admin-inline-form">
      <ButtonForm action={approve} state={approveState} fields={{ requestId }} label="Duyệt" ariaLabel={`Duyệt đổi email của ${name}`} />
      <ButtonForm action={reject} state={rejectState} fields={{ requestId }} label="Từ chối" ariaLabel={`Từ chối đổi email của ${name}`} />
    </div>
  );
}
