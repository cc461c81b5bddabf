'use client';

import { useActionState } from 'react';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { deleteMediaAction } from '../actions';

/** Deletes a photo; the server refuses, naming the articles, while any article uses it. */
export function MediaDeleteForm({ mediaId }: { mediaId: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteMediaAction, IDLE);
  return (
    <form
      action={action}
      className="admin-inline-form"
      onSubmit={(event) => {
        if (!window.confirm('Xóa vĩnh viễn ảnh này và mọi bản thu nhỏ của nó?')) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={mediaId} />
      <button type="submit" disabled={pending}>
        Xóa ảnh
      </button>
      <FormMessage state={state} />
    </form>
  );
}
