'use client';

import { PhotoChoice } from '@/app/admin/articles/_components/photo-choice';
import type { FrontCard } from '@/lib/domain/front-document';
import { MAX_OVERRIDE_HEADLINE, MAX_OVERRIDE_LEAD } from '@/lib/domain/front-document';
import { useState } from 'react';
import { DateTimeField } from '@/app/admin/_components/date-time-field';
import { formatDateTimeText, parseDateTimeText } from '@/lib/vi/time';
import type { CardArticle } from './labels';
import { MoveButtons, type MoveControls } from './sortable-list';

type Props = {
  card: FrontCard;
  article: CardArticle | undefined;
  /** Unique in the page, for the inputs' ids. */
  fieldId: string;
  name: string;
  controls: MoveControls;
  /** Past the container's slots: kept, but readers do not see it. */
  overflow: boolean;
  onChange: (card: FrontCard) => void;
  onRemove: () => void;
};

const orNull = (value: string) => (value === '' ? null : value);

/** One hand-picked card: its place, and how it looks on this front only (the article keeps its own). */
export function CardEditor({ card, article, fieldId, name, controls, overflow, onChange, onRemove }: Props) {
  const title = article?.title ?? `Bài #${card.articleId}`;
  const pinnedText = card.pinnedUntil ? formatDateTimeText(new Date(card.pinnedUntil)) : '';
  // The text as typed: the card changes once it is a whole time (or emptied), not on each keystroke.
  const [pinTyped, setPinTyped] = useState(pinnedText);
  const setPin = (text: string) => {
    setPinTyped(text);
    const at = parseDateTimeText(text);
    if (at.ok) onChange({ ...card, pinnedUntil: at.value.toISOString() });
    else if (text.trim() === '') onChange({ ...card, pinnedUntil: null });
  };
  return (
    <div className="front-card">
      <div className="front-card-head">
        <MoveButtons name={name} controls={controls} />
        <span className="front-card-title">
          {article ? (
            <a href={article.path} target="_blank" rel="noopener">
              {title}
            </a>
          ) : (
            title
          )}
          {article ? <span className="front-muted"> · {article.sectionName}</span> : null}
          {article && !article.isPublic ? <strong> · Không còn công khai: độc giả không thấy, ô này lấy bài tự động</strong> : null}
          {overflow ? <strong> · Quá số ô của khối: độc giả không thấy</strong> : null}
          {card.headline ? <span className="front-muted"> · tiêu đề riêng</span> : null}
          {card.pinnedUntil ? <span className="front-muted"> · ghim đến {pinnedText}</span> : null}
        </span>
        <button type="button" onClick={onRemove} aria-label={`Bỏ ${name} khỏi khối`}>
          Bỏ
        </button>
      </div>
      <details>
        <summary>Sửa cách hiện trên trang này</summary>
        <div className="front-card-fields">
          <label htmlFor={`${fieldId}-tieu-de`}>Tiêu đề riêng trên trang này</label>
          <input
            id={`${fieldId}-tieu-de`}
            value={card.headline ?? ''}
            placeholder={article?.title}
            maxLength={MAX_OVERRIDE_HEADLINE}
            onChange={(event) => onChange({ ...card, headline: orNull(event.target.value) })}
          />
          <label htmlFor={`${fieldId}-sapo`}>Sa-pô riêng trên trang này</label>
          <textarea
            id={`${fieldId}-sapo`}
            rows={2}
            value={card.lead ?? ''}
            maxLength={MAX_OVERRIDE_LEAD}
            onChange={(event) => onChange({ ...card, lead: orNull(event.target.value) })}
          />
          <span>Ảnh riêng trên trang này</span>
          <PhotoChoice
            label={`Chọn ảnh riêng cho ${name}`}
            mediaId={card.mediaId}
            onChoose={(media) => onChange({ ...card, mediaId: media.id })}
            onClear={() => onChange({ ...card, mediaId: null })}
          />
          <span>
            <DateTimeField label="Ghim đến (giờ Việt Nam)" value={pinTyped} onChange={setPin} />
            {card.pinnedUntil ? (
              <button type="button" onClick={() => setPin('')}>
                Bỏ ghim
              </button>
            ) : null}
          </span>
          <p className="front-muted">Hết giờ ghim, bài rời khối và ô trống lấy bài tự động. Không ghim: bài ở lại đến khi bỏ.</p>
        </div>
      </details>
    </div>
  );
}
