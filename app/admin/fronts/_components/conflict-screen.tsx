'use client';

import { useEffect, useRef } from 'react';
import type { FrontForEditing } from '@/lib/data/fronts/store';
import type { FrontDocument } from '@/lib/domain/front-document';
import { formatDateTime } from '@/lib/vi/time';
import { LAYOUT_LABELS, type CardArticle } from './labels';

type Props = {
  current: FrontForEditing;
  mine: FrontDocument;
  myVersion: number;
  articles: ReadonlyMap<number, CardArticle>;
  onLoadTheirs: () => void;
  onOverwrite: () => void;
};

/** Shown when a save or publish names an older version: nothing was written, and the writer chooses. */
export function ConflictScreen({ current, mine, myVersion, articles, onLoadTheirs, onOverwrite }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const who = current.draftUpdatedBy ?? 'một người khác';
  const when = current.draftUpdatedAt ? ` lúc ${formatDateTime(new Date(current.draftUpdatedAt))}` : '';
  return (
    <section role="alertdialog" aria-labelledby="xung-dot" aria-describedby="xung-dot-giai-thich" className="front-conflict">
      <h2 id="xung-dot" tabIndex={-1} ref={heading}>
        Xung đột: trang đã được sửa ở nơi khác
      </h2>
      <p id="xung-dot-giai-thich">
        {who} đã lưu trang này{when} (phiên bản {current.draftVersion}). Bản của bạn dựa trên phiên bản {myVersion} và{' '}
        <strong>chưa được lưu</strong>. Không có gì bị ghi đè: so sánh hai bản rồi chọn.
      </p>
      <div className="front-conflict-versions">
        <Outline heading={`Bản của ${who} (phiên bản ${current.draftVersion})`} document={current.draft} articles={articles} />
        <Outline heading="Bản của bạn (chưa lưu)" document={mine} articles={articles} />
      </div>
      <p className="front-conflict-actions">
        <button type="button" onClick={onLoadTheirs}>
          Tải bản của {who} (bỏ thay đổi của tôi)
        </button>
        <button type="button" onClick={onOverwrite}>
          Ghi đè bằng bản của tôi
        </button>
      </p>
    </section>
  );
}

function Outline({ heading, document, articles }: { heading: string; document: FrontDocument; articles: ReadonlyMap<number, CardArticle> }) {
  return (
    <div>
      <h3>{heading}</h3>
      <ol>
        {document.containers.map((container) => (
          <li key={container.id}>
            {container.name} <span className="front-muted">({LAYOUT_LABELS[container.layout]}, {container.slots} ô)</span>
            {container.cards.length > 0 ? (
              <ol>
                {container.cards.map((card) => (
                  <li key={card.articleId}>
                    {card.headline ?? articles.get(card.articleId)?.title ?? `Bài #${card.articleId}`}
                    {card.pinnedUntil ? ' (ghim)' : ''}
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
