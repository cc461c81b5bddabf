'use client';

import { useActionState, useRef, useState } from 'react';
import { Field } from '../../_components/field';
import { ConfirmDialog } from '../../_components/modal-dialog';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { deleteTagAction, mergeTagAction, renameTagAction } from '../actions';

type Props = { tag: { id: number; name: string; slug: string; articleCount: number } };

/** One tag: rename, merge into another, and delete when no article uses it. */
export function TagItem({ tag }: Props) {
  const [deleteState, deleteAction, deleting] = useActionState<FormState, FormData>(deleteTagAction, IDLE);
  const prefix = `tag-${tag.id}`;
  return (
    <div role="region" aria-label={`Thẻ ${tag.name}`} className="admin-tag-item">
      <p>
        <strong>{tag.name}</strong> · <a href={`/chu-de/${tag.slug}`}>/chu-de/{tag.slug}</a> · {tag.articleCount} bài
      </p>
      <TagForm tagId={tag.id} summary="Đổi tên" action={renameTagAction} submit="Lưu thẻ">
        {(errors) => (
          <>
            <Field id={`${prefix}-name`} name="name" label="Tên thẻ" defaultValue={tag.name} error={errors?.name} />
            <Field id={`${prefix}-slug`} name="slug" label="Đường dẫn" defaultValue={tag.slug} spellCheck={false} error={errors?.slug} />
          </>
        )}
      </TagForm>
      <TagForm
        tagId={tag.id}
        summary="Gộp vào thẻ khác"
        action={mergeTagAction}
        submit="Gộp thẻ"
        confirm={(data) => ({
          title: `Gộp thẻ “${tag.name}”?`,
          message: `${tag.articleCount} bài của thẻ này chuyển sang thẻ “${String(data.get('target') ?? '').trim()}”; thẻ “${tag.name}” bị xóa và đường dẫn /chu-de/${tag.slug} chuyển hướng sang thẻ đó. Không thể hoàn tác.`,
          confirmLabel: 'Xác nhận gộp thẻ',
        })}
      >
        {(errors) => <Field id={`${prefix}-target`} name="target" label="Gộp vào thẻ (tên hoặc đường dẫn)" error={errors?.target} />}
      </TagForm>
      {tag.articleCount === 0 ? (
        <form action={deleteAction} className="admin-inline-form">
          <input type="hidden" name="id" value={tag.id} />
          <button type="submit" disabled={deleting} aria-label={`Xóa thẻ ${tag.name}`}>
            Xóa
          </button>
          <FormMessage state={deleteState} />
        </form>
      ) : null}
    </div>
  );
}

type TagFormProps = {
  tagId: number;
  summary: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submit: string;
  /** For a change that cannot be undone: what to ask before the form is sent. */
  confirm?: (data: FormData) => { title: string; message: string; confirmLabel: string };
  /** The form's fields, given the field errors of the last attempt. */
  children: (errors: FormState['fieldErrors']) => React.ReactNode;
};

/** A folded form that acts on one tag: its fields, the outcome, the submit button. */
function TagForm({ tagId, summary, action, submit, confirm, children }: TagFormProps) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [question, setQuestion] = useState<ReturnType<NonNullable<typeof confirm>> | null>(null);
  return (
    <details>
      <summary>{summary}</summary>
      {question && (
        <ConfirmDialog
          {...question}
          onConfirm={() => {
            setQuestion(null);
            confirmed.current = true;
            form.current?.requestSubmit();
          }}
          onCancel={() => setQuestion(null)}
        />
      )}
      <form
        ref={form}
        action={formAction}
        className="admin-form"
        noValidate
        onSubmit={(e) => {
          // The first submit asks; the one the dialog confirms is sent.
          if (!confirm || confirmed.current) {
            confirmed.current = false;
            return;
          }
          e.preventDefault();
          setQuestion(confirm(new FormData(e.currentTarget)));
        }}
      >
        <input type="hidden" name="id" value={tagId} />
        {children(state.fieldErrors)}
        <FormMessage state={state} />
        <button type="submit" disabled={pending}>
          {submit}
        </button>
      </form>
    </details>
  );
}
