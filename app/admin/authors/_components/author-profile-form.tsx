'use client';

import { useActionState, useState } from 'react';
import { PhotoChoice } from '@/app/admin/articles/_components/photo-choice';
import type { EditableAuthor } from '@/lib/data/authors';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { Field } from '../../_components/field';
import { FormMessage } from '../../_components/form-message';
import { updateAuthorProfileAction } from '../actions';

/** An author's bio, role title and photo from the library, as readers see them on the author's page. */
type Props = {
  author: EditableAuthor;
  /** For admins: the staff accounts one of which may be linked as this byline's owner. */
  accounts?: { id: number; name: string; email: string }[];
};

export function AuthorProfileForm({ author, accounts }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateAuthorProfileAction, IDLE);
  const [photoMediaId, setPhotoMediaId] = useState<number | null>(author.photoMediaId);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="admin-form author-profile-form">
      <input type="hidden" name="id" value={author.id} />
      <input type="hidden" name="photoMediaId" value={photoMediaId ?? ''} />
      {accounts ? (
        <div className="admin-field">
          <label htmlFor="author-user">Tài khoản đứng tên (người được tự sửa hồ sơ này)</label>
          <select id="author-user" name="userId" defaultValue={author.userId ?? ''}>
            <option value="">Chưa gắn tài khoản</option>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} ({account.email})
              </option>
            ))}
          </select>
          {errors.userId ? <p className="admin-field-error">{errors.userId}</p> : null}
        </div>
      ) : null}
      <Field
        id="author-role-title"
        name="roleTitle"
        label="Chức danh (hiện dưới tên)"
        defaultValue={author.roleTitle ?? ''}
        maxLength={100}
        placeholder="Phóng viên ảnh"
        error={errors.roleTitle}
      />
      <div className="admin-field">
        <label htmlFor="author-bio">Giới thiệu</label>
        <textarea
          id="author-bio"
          name="bio"
          rows={5}
          maxLength={2000}
          defaultValue={author.bio ?? ''}
          aria-invalid={errors.bio ? true : undefined}
          aria-describedby={errors.bio ? 'author-bio-loi' : undefined}
        />
        {errors.bio ? (
          <p id="author-bio-loi" className="admin-field-error">
            {errors.bio}
          </p>
        ) : null}
      </div>
      <fieldset className="author-photo">
        <legend>Ảnh chân dung (từ thư viện ảnh)</legend>
        <PhotoChoice label="Chọn ảnh chân dung" mediaId={photoMediaId} onChoose={(media) => setPhotoMediaId(media.id)} onClear={() => setPhotoMediaId(null)} />
        {errors.photoMediaId ? <p className="admin-field-error">{errors.photoMediaId}</p> : null}
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Lưu hồ sơ tác giả
      </button>
    </form>
  );
}
