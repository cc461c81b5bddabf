'use client';

import { useActionState } from 'react';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { deleteSectionAction, moveSectionAction } from '../actions';
import { SectionForm, type SectionFormValues } from './section-form';

type Props = {
  section: SectionFormValues & { articleCount: number; childCount: number; oldSlugs: string[] };
  parents: { id: number; name: string }[];
  first: boolean;
  last: boolean;
};

/** One section: where it leads, its order controls, its edit form and, when empty, delete. */
export function SectionItem({ section, parents, first, last }: Props) {
  const [moveState, moveAction, moving] = useActionState<FormState, FormData>(moveSectionAction, IDLE);
  const [deleteState, deleteAction, deleting] = useActionState<FormState, FormData>(deleteSectionAction, IDLE);
  const deletable = section.articleCount === 0 && section.childCount === 0;
  return (
    <div role="region" aria-label={`Chuyên mục ${section.name}`} className="admin-section-item">
      <p>
        <strong>{section.name}</strong> · <a href={`/${section.slug}`}>/{section.slug}</a> · {section.articleCount} bài
        {section.oldSlugs.length > 0 ? ` · đường dẫn cũ: ${section.oldSlugs.map((slug) => `/${slug}`).join(', ')}` : ''}
      </p>
      <form action={moveAction} className="admin-inline-form">
        <input type="hidden" name="id" value={section.id} />
        <button type="submit" name="direction" value="up" disabled={first || moving} aria-label={`Chuyển ${section.name} lên`}>
          Lên
        </button>
        <button type="submit" name="direction" value="down" disabled={last || moving} aria-label={`Chuyển ${section.name} xuống`}>
          Xuống
        </button>
        <FormMessage state={moveState} />
      </form>
      <details>
        <summary>Sửa chuyên mục</summary>
        <SectionForm section={section} parents={parents.filter((p) => p.id !== section.id)} canHaveParent={section.childCount === 0} />
      </details>
      {deletable ? (
        <form action={deleteAction} className="admin-inline-form">
          <input type="hidden" name="id" value={section.id} />
          <button type="submit" disabled={deleting} aria-label={`Xóa chuyên mục ${section.name}`}>
            Xóa
          </button>
          <FormMessage state={deleteState} />
        </form>
      ) : (
        <p className="admin-hint">Chỉ xóa được chuyên mục không còn bài viết và mục con.</p>
      )}
    </div>
  );
}
