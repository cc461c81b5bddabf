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

/**
 * Headline and lead as readers will see them: the article's own typeface and measure, labelled
 * for screen readers and explained by their placeholders on screen.
 */
export function HeadlineFields({ form, disabled, onChange }: Omit<Props, 'sections'>) {
  return (
    <fieldset className="editor-headline" disabled={disabled}>
      <label htmlFor="bai-tieu-de" className="visually-hidden">
        Tiêu đề
      </label>
      <textarea
        id="bai-tieu-de"
        className="editor-title article-title"
        value={form.title}
        placeholder="Tiêu đề bài viết"
        rows={1}
        // A headline is one line of text however it wraps: Enter moves on to the lead.
        onChange={(e) => onChange({ title: e.target.value.replace(/\s*\n+\s*/g, ' ') })}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          document.getElementById('bai-sa-po')?.focus();
        }}
        maxLength={LIMITS.title}
        aria-describedby="tieu-de-do-dai"
      />
      <HeadlineLength title={form.title} />
      <label htmlFor="bai-sa-po" className="visually-hidden">
        Sa-pô
      </label>
      <textarea
        id="bai-sa-po"
        className="editor-lead article-lead"
        value={form.lead}
        placeholder="Sa-pô: một, hai câu nói điều chính của bài"
        onChange={(e) => onChange({ lead: e.target.value })}
        rows={2}
        maxLength={LIMITS.lead}
      />
    </fieldset>
  );
}

/** Section, tags, cover, bylines, address and SEO: the article's settings, beside the text. */
export function ArticleMetaFields({ form, sections, disabled, onChange }: Props) {
  return (
    <fieldset className="editor-fields" disabled={disabled}>
      <legend className="visually-hidden">Thông tin bài</legend>
      <label>
        Chuyên mục
        <select
          value={form.sectionId}
          onChange={(e) => onChange({ sectionId: Number(e.target.value) })}
        >
          <ChoiceOptions choices={sections} />
        </select>
      </label>
      <label>
        Chủ đề (cách nhau bằng dấu phẩy)
        <input value={form.tags} onChange={(e) => onChange({ tags: e.target.value })} />
      </label>
      <div role="group" aria-label="Ảnh đại diện" className="editor-cover">
        Ảnh đại diện (có thể để trống)
        <PhotoChoice
          label="Chọn ảnh đại diện"
          mediaId={Number(form.coverMediaId) || null}
          disabled={disabled}
          onChoose={(media) => onChange({ coverMediaId: String(media.id) })}
          onClear={() => onChange({ coverMediaId: '' })}
        />
      </div>
      <BylinesField
        rows={form.bylines}
        disabled={disabled}
        onChange={(bylines) => onChange({ bylines })}
      />
      <fieldset className="editor-seo">
        <legend>Đường dẫn và tìm kiếm</legend>
        <label>
          Đường dẫn (slug)
          <input
            value={form.slug}
            onChange={(e) => onChange({ slug: e.target.value, slugTouched: true })}
            maxLength={LIMITS.slug}
          />
        </label>
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
    </fieldset>
  );
}
