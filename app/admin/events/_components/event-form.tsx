'use client';

import { useActionState, useState } from 'react';
import { PhotoChoice } from '@/app/admin/articles/_components/photo-choice';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import type { EventOrdering } from '@/lib/domain/event-ordering';
import { createEventAction, updateEventAction } from '../actions';

export type EventFormValues = { id: number; name: string; slug: string; description: string; coverMediaId: number | null; ordering: EventOrdering };

const ORDERINGS: { value: EventOrdering; label: string }[] = [
  { value: 'time', label: 'Theo thời gian đăng (mới nhất trên cùng)' },
  { value: 'manual', label: 'Sắp xếp tay (nút Lên/Xuống)' },
];

/** Name, slug, description, cover photo (from the photo library) and ordering; the same form creates and edits. */
export function EventForm({ event }: { event?: EventFormValues }) {
  const [state, action, pending] = useActionState<FormState, FormData>(event ? updateEventAction : createEventAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const typedCover = values.coverMediaId ? Number(values.coverMediaId) : null;
  const [coverMediaId, setCoverMediaId] = useState<number | null>(typedCover ?? event?.coverMediaId ?? null);
  const prefix = event ? `event-${event.id}` : 'event-new';
  const ordering = values.ordering ?? event?.ordering ?? 'time';
  return (
    <form action={action} className="admin-form" noValidate>
      {event ? <input type="hidden" name="id" value={event.id} /> : null}
      <Field id={`${prefix}-name`} name="name" label="Tên sự kiện" required defaultValue={values.name ?? event?.name} error={errors.name} />
      <Field
        id={`${prefix}-slug`}
        name="slug"
        label={event ? 'Đường dẫn (/su-kien/…)' : 'Đường dẫn (để trống sẽ tạo từ tên)'}
        defaultValue={values.slug ?? event?.slug}
        error={errors.slug}
        spellCheck={false}
      />
      <div className="admin-field">
        <label htmlFor={`${prefix}-description`}>Mô tả</label>
        <textarea
          id={`${prefix}-description`}
          name="description"
          rows={3}
          defaultValue={values.description ?? event?.description ?? ''}
          aria-invalid={errors.description ? true : undefined}
        />
        {errors.description ? <p className="admin-field-error">{errors.description}</p> : null}
      </div>
      <fieldset className="admin-field">
        <legend>Ảnh bìa</legend>
        <input type="hidden" name="coverMediaId" value={coverMediaId ?? ''} />
        <PhotoChoice label="Chọn ảnh bìa cho sự kiện" mediaId={coverMediaId} onChoose={(media) => setCoverMediaId(media.id)} onClear={() => setCoverMediaId(null)} />
        {errors.coverMediaId ? <p className="admin-field-error">{errors.coverMediaId}</p> : null}
      </fieldset>
      <fieldset className="admin-field">
        <legend>Thứ tự bài trên trang sự kiện</legend>
        {ORDERINGS.map((option) => (
          <label key={option.value}>
            <input type="radio" name="ordering" value={option.value} defaultChecked={ordering === option.value} /> {option.label}
          </label>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {event ? 'Lưu sự kiện' : 'Tạo sự kiện'}
      </button>
    </form>
  );
}
