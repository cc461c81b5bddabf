'use client';

import { useActionState } from 'react';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { deleteTagAction, mergeTagAction, renameTagAction } from '../actions';

type Props = { tag: { id: number; name: string; slug: string; articleCount: number } };

/** One tag: rename, merge into another, and delete when no article uses it. */
export function TagItem({ tag }: Props) {
  const [renameState, renameAction, renaming] = useActionState<FormState, FormData>(renameTagAction, IDLE);
  const [mergeState, mergeAction, merging] = useActionState<FormState, FormData>(mergeTagAction, IDLE);
  const [deleteState, deleteAction, deleting] = useActionState<FormState, FormData>(deleteTagAction, IDLE);
  const prefix = `tag-${tag.id}`;
  return (
    <div role="region" aria-label={`Thẻ ${tag.name}`} className="admin-tag-item">
      <p>
        <strong>{tag.name}</strong> · <a href={`/chu-de/${tag.slug}`}>/chu-de/{tag.slug}</a> · {tag.articleCount} bài
      </p>
      <details>
        <summary>Đổi tên</summary>
        <form action={renameAction} className="admin-form" noValidate>
          <input type="hidden" name="id" value={tag.id} />
          <Field id={`${prefix}-name`} name="name" label="Tên thẻ" defaultValue={tag.name} error={renameState.fieldErrors?.name} />
          <Field id={`${prefix}-slug`} name="slug" label="Đường dẫn" defaultValue={tag.slug} spellCheck={false} error={renameState.fieldErrors?.slug} />
          <FormMessage state={renameState} />
          <button type="submit" disabled={renaming}>
            Lưu thẻ
          </button>
        </form>
      </details>
      <details>
        <summary>Gộp vào thẻ khác</summary>
        <form action={mergeAction} className="admin-form" noValidate>
          <input type="hidden" name="id" value={tag.id} />
          <Field id={`${prefix}-target`} name="target" label="Gộp vào thẻ (tên hoặc đường dẫn)" error={mergeState.fieldErrors?.target} />
          <FormMessage state={mergeState} />
          <button type="submit" disabled={merging}>
            Gộp thẻ
          </button>
        </form>
      </details>
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
