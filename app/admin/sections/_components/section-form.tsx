'use client';

import { useActionState } from 'react';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { createSectionAction, updateSectionAction } from '../actions';
import { ChoiceOptions } from '@/app/admin/_components/choices';

export type SectionFormValues = { id: number; name: string; slug: string; description: string | null; parentId: number | null };
type Props = {
  /** The section being edited; absent for a new one. */
  section?: SectionFormValues;
  /** Top-level sections that may be chosen as parent (never the section itself). */
  parents: { id: number; name: string }[];
  /** A section with subsections must stay top level. */
  canHaveParent: boolean;
};

/** Name, slug, description and parent of a section; the same form creates and edits. */
export function SectionForm({ section, parents, canHaveParent }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(section ? updateSectionAction : createSectionAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const prefix = section ? `section-${section.id}` : 'section-new';
  return (
    <form action={action} className="admin-form" noValidate>
      {section ? <input type="hidden" name="id" value={section.id} /> : null}
      <Field id={`${prefix}-name`} name="name" label="Tên chuyên mục" required defaultValue={values.name ?? section?.name} error={errors.name} />
      <Field
        id={`${prefix}-slug`}
        name="slug"
        label={section ? 'Đường dẫn' : 'Đường dẫn (để trống sẽ tạo từ tên)'}
        defaultValue={values.slug ?? section?.slug}
        error={errors.slug}
        spellCheck={false}
      />
      <div className="admin-field">
        <label htmlFor={`${prefix}-description`}>Mô tả</label>
        <textarea id={`${prefix}-description`} name="description" rows={2} defaultValue={values.description ?? section?.description ?? ''} />
        {errors.description ? <p className="admin-field-error">{errors.description}</p> : null}
      </div>
      {canHaveParent ? (
        <div className="admin-field">
          <label htmlFor={`${prefix}-parent`}>Thuộc chuyên mục</label>
          <select id={`${prefix}-parent`} name="parentId" defaultValue={values.parentId ?? String(section?.parentId ?? '')}>
            <option value="">(Chuyên mục cấp một)</option>
            <ChoiceOptions choices={parents} />
          </select>
        </div>
      ) : (
        <input type="hidden" name="parentId" value="" />
      )}
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {section ? 'Lưu chuyên mục' : 'Thêm chuyên mục'}
      </button>
    </form>
  );
}
