'use client';

import { useActionState } from 'react';
import type { MediaItem } from '@/lib/data/dto';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { updateMediaAction } from '../actions';

/** Edits a photo's alt text, default caption and credit. */
export function MediaEditForm({ media }: { media: MediaItem }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateMediaAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="admin-form">
      <input type="hidden" name="id" value={media.id} />
      <Field id="media-alt" name="alt" label="Mô tả ảnh (alt) cho người khiếm thị" defaultValue={media.alt} maxLength={500} error={errors.alt} />
      <Field id="media-caption" name="caption" label="Chú thích mặc định" defaultValue={media.caption} maxLength={1000} error={errors.caption} />
      <Field id="media-credit" name="credit" label="Nguồn ảnh" defaultValue={media.credit} maxLength={200} error={errors.credit} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Lưu thông tin ảnh
      </button>
    </form>
  );
}
