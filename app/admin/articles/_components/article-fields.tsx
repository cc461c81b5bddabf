'use client';

import { ARTICLE_FIELD_LIMITS as LIMITS } from '@/lib/data/articles/limits';
import { BylinesField } from './bylines-field';
import { HeadlineLength } from './headline-length';
import { SearchResultPreview } from './search-result-preview';
import { PhotoChoice } from './photo-choice';
import type { EditorForm } from './editor-form';
import { ChoiceOptions } from '@/app/admin/_components/choices';

type Props = {
  form: EditorForm;
  sections: { id: number; name: string }[];
  disabled: boolean;
  onChange: (patch: Partial<EditorForm>) => void;
};

/** Headline, slug and lead: what a writer fills before the body. */
export function HeadlineFields({ form, disabled, onChange }: Omit<Props, 'sections'>) {
  return (
    <fieldset className="editor-fields" disabled={disabled}>
      <label>
        Tiêu đề
        <input
          value={form.title}
          onChange={(e) => onChange({ title: e.target.value })}
          maxLength={LIMITS.title}
          aria-describedby="tieu-de-do-dai"
        />
      </label>
      <HeadlineLength title={form.title} />
      <label>
        Đường dẫn (slug)
        <input
          value={form.slug}
          onChange={(e) => onChange({ slug: e.target.value, slugTouched: true })}
          maxLength={LIMITS.slug}
        />
      </label>
      <label>
        Sa-pô
        <textarea
          value={form.lead}
          onChange={(e) => onChange({ lead: e.target.value })}
          rows={3}
          maxLength={LIMITS.lead}
        />
      </label>
    </fieldset>
  );
}

/** Section, cover, tags, bylines and SEO: below the body, where the desk finishes a story. */
export function ArticleMetaFields({ form, sections, disabled, onChange }: Props) {
  return (
    <fieldset className="editor-fields" disabled={disabled}>
      <label>
        Chuyên mục
        <select
          value={form.sectionId}
          onChange={(e) => onChange({ sectionId: Number(e.target.value) })}
        >
          <ChoiceOptions choices={sections} />
        </select>
      </label>
      <div role="group" aria-label="Ảnh đại diện">
        Ảnh đại diện (có thể để trống)
        <PhotoChoice
          label="Chọn ảnh đại diện"
          mediaId={Number(form.coverMediaId) || null}
          disabled={disabled}
          onChoose={(media) => onChange({ coverMediaId: String(media.id) })}
          onClear={() => onChange({ coverMediaId: '' })}
        />
      </div>
      <label>
        Chủ đề (cách nhau bằng dấu phẩy)
        <input value={form.tags} onChange={(e) => onChange({ tags: e.target.value })} />
      </label>
      <BylinesField
        rows={form.bylines}
        disabled={disabled}
        onChange={(bylines) => onChange({ bylines })}
      />
      <label>
        Tiêu đề SEO
        <input
          value={form.seoTitle}
          onChange={(e) => onChange({ seoTitle: e.target.value })}
          maxLength={LIMITS.seoTitle}
        />
      </label>
      <label>
        Mô tả SEO
        <textarea
          value={form.seoDescription}
          onChange={(e) => onChange({ seoDescription: e.target.value })}
          rows={2}
          maxLength={LIMITS.seoDescription}
        />
      </label>
      <SearchResultPreview form={form} />
    </fieldset>
  );
}
