'use client';

import { arrayMove } from '@dnd-kit/sortable';
import type { ArticleSummary } from '@/lib/data/dto';
import { CONTAINER_LAYOUTS, MAX_SLOTS, type Backfill, type ContainerLayout, type FrontCard, type FrontContainer } from '@/lib/domain/front-document';
import { ArticlePicker } from './article-picker';
import { CardEditor } from './card-editor';
import { BACKFILL_LABELS, LAYOUT_LABELS, type CardArticle, type FrontSourceOptions } from './labels';
import { MoveButtons, SortableList, type MoveControls } from './sortable-list';

type Props = {
  container: FrontContainer;
  controls: MoveControls;
  articles: ReadonlyMap<number, CardArticle>;
  sources: FrontSourceOptions;
  taken: ReadonlySet<number>;
  announce: (text: string) => void;
  onChange: (container: FrontContainer) => void;
  onRemove: () => void;
  onPicked: (article: ArticleSummary) => void;
};

export const containerName = (container: FrontContainer) => `khối “${container.name || 'chưa đặt tên'}”`;

const SOURCE_KINDS = { section: 'sections', tag: 'tags', event: 'events' } as const;

/** A backfill of the kind, from the first source of that kind; null when there is none to choose. */
function backfillOf(kind: Backfill['kind'], sources: FrontSourceOptions): Backfill | null {
  if (kind === 'none' || kind === 'latest') return { kind };
  const first = sources[SOURCE_KINDS[kind]][0];
  if (!first) return null;
  return kind === 'section' ? { kind, sectionId: first.id } : kind === 'tag' ? { kind, tagId: first.id } : { kind, eventId: first.id };
}

const sourceIdOf = (backfill: Backfill) =>
  backfill.kind === 'section' ? backfill.sectionId : backfill.kind === 'tag' ? backfill.tagId : backfill.kind === 'event' ? backfill.eventId : null;

/** One container: its name, layout, slots, backfill rule and hand-picked cards in order. */
export function ContainerEditor({ container, controls, articles, sources, taken, announce, onChange, onRemove, onPicked }: Props) {
  const id = `khoi-${container.id}`;
  const name = containerName(container);
  const set = (fields: Partial<FrontContainer>) => onChange({ ...container, ...fields });
  const setCards = (cards: FrontCard[]) => set({ cards });
  const mostRead = container.layout === 'most-read';
  const sourceKind = container.backfill.kind === 'none' || container.backfill.kind === 'latest' ? null : container.backfill.kind;
  const cardName = (card: FrontCard) => `bài “${articles.get(card.articleId)?.title ?? `#${card.articleId}`}”`;

  return (
    <section className="front-container" aria-labelledby={`${id}-tieu-de`}>
      <div className="front-container-head">
        <MoveButtons name={name} controls={controls} />
        <h3 id={`${id}-tieu-de`}>
          {controls.index + 1}. {container.name || 'Khối chưa đặt tên'} <span className="front-muted">({LAYOUT_LABELS[container.layout]})</span>
        </h3>
        <button type="button" onClick={onRemove} aria-label={`Xóa ${name}`}>
          Xóa khối
        </button>
      </div>
      <div className="front-container-fields">
        <label htmlFor={`${id}-ten`}>Tên khối</label>
        <input id={`${id}-ten`} value={container.name} maxLength={80} required onChange={(event) => set({ name: event.target.value })} />
        <label className="front-check">
          <input type="checkbox" checked={container.showName} onChange={(event) => set({ showName: event.target.checked })} />
          Hiện tên khối cho độc giả
        </label>
        <label htmlFor={`${id}-kieu`}>Kiểu trình bày</label>
        <select id={`${id}-kieu`} value={container.layout} onChange={(event) => set({ layout: event.target.value as ContainerLayout })}>
          {CONTAINER_LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {LAYOUT_LABELS[layout]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-so-o`}>Số ô</label>
        <input
          id={`${id}-so-o`}
          type="number"
          min={1}
          max={MAX_SLOTS}
          value={container.slots}
          onChange={(event) => set({ slots: Math.min(MAX_SLOTS, Math.max(1, Number(event.target.value) || 1)) })}
        />
        {mostRead ? (
          <p className="front-muted">Khối Đọc nhiều tự lấy các bài được đọc nhiều nhất; không chọn bài tay, không lấp tự động.</p>
        ) : (
          <>
            <label htmlFor={`${id}-lap`}>Ô trống lấy bài tự động</label>
            <select
              id={`${id}-lap`}
              value={container.backfill.kind}
              onChange={(event) => {
                const backfill = backfillOf(event.target.value as Backfill['kind'], sources);
                if (backfill) set({ backfill });
              }}
            >
              {(Object.keys(BACKFILL_LABELS) as Backfill['kind'][]).map((kind) => (
                <option key={kind} value={kind} disabled={backfillOf(kind, sources) === null}>
                  {BACKFILL_LABELS[kind]}
                </option>
              ))}
            </select>
            {sourceKind ? (
              <>
                <label htmlFor={`${id}-nguon`}>{sourceKind === 'section' ? 'Chuyên mục' : sourceKind === 'tag' ? 'Chủ đề' : 'Sự kiện'}</label>
                <select
                  id={`${id}-nguon`}
                  value={String(sourceIdOf(container.backfill))}
                  onChange={(event) => {
                    const sourceId = Number(event.target.value);
                    set({
                      backfill:
                        sourceKind === 'section'
                          ? { kind: 'section', sectionId: sourceId }
                          : sourceKind === 'tag'
                            ? { kind: 'tag', tagId: sourceId }
                            : { kind: 'event', eventId: sourceId },
                    });
                  }}
                >
                  {sources[SOURCE_KINDS[sourceKind]].map((source) => (
                    <option key={source.id} value={source.id}>
                      {source.name}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
          </>
        )}
      </div>
      {mostRead ? null : (
        <div className="front-cards">
          <h4>Bài chọn tay ({container.cards.length}/{container.slots} ô)</h4>
          {container.cards.length === 0 ? <p className="front-muted">Chưa chọn bài nào: mọi ô lấy bài tự động.</p> : null}
          <SortableList
            items={container.cards}
            itemId={(card) => `bai-${card.articleId}`}
            describe={cardName}
            label={`Bài chọn tay của ${name}`}
            announce={announce}
            onMove={(from, to) => setCards(arrayMove(container.cards, from, to))}
          >
            {(card, cardControls) => (
              <CardEditor
                card={card}
                article={articles.get(card.articleId)}
                fieldId={`${id}-bai-${card.articleId}`}
                name={cardName(card)}
                controls={cardControls}
                overflow={cardControls.index >= container.slots}
                onChange={(next) => setCards(container.cards.map((c) => (c.articleId === card.articleId ? next : c)))}
                onRemove={() => {
                  setCards(container.cards.filter((c) => c.articleId !== card.articleId));
                  announce(`Đã bỏ ${cardName(card)} khỏi ${name}.`);
                }}
              />
            )}
          </SortableList>
          <ArticlePicker
            fieldId={id}
            containerName={container.name}
            taken={taken}
            onAdd={(article) => {
              onPicked(article);
              setCards([...container.cards, { articleId: article.id, pinnedUntil: null, headline: null, lead: null, mediaId: null }]);
              announce(`Đã thêm bài “${article.title}” vào ${name}, ở vị trí ${container.cards.length + 1}.`);
            }}
          />
        </div>
      )}
    </section>
  );
}
