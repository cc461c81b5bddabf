'use client';

import { useMemo, useState } from 'react';
import { parseArticleBody } from '@/lib/article-body/parse';
import type { BlockNode } from '@/lib/article-body/schema';
import { bodyToPlainText } from '@/lib/article-body/text';
import { defaultChoice, diffBlocks, mergeAgainstBase, mergeBlocks, mergeField, type HunkChoice } from '@/lib/diff/blocks';
import { diffWords } from '@/lib/diff/words';
import type { EditableArticle } from '@/lib/data/articles/editable';
import { formatDateTime } from '@/lib/vi/time';
import { DiffText } from './diff-text';
import './conflict-panel.css';

export type ConflictText = { title: string; lead: string; body: unknown };

/** Plain text of a version: headline, lead and body, so it can be copied anywhere. */
export function versionText(v: ConflictText): string {
  return [v.title, v.lead, blocksText(blocksOf(v.body))].filter(Boolean).join('\n\n');
}

function blocksOf(body: unknown): BlockNode[] {
  const parsed = parseArticleBody(body);
  return parsed.ok ? parsed.body.content : [];
}
const blocksText = (blocks: BlockNode[]) => bodyToPlainText({ type: 'doc', content: blocks });

type Props = {
  /** The writer's unsaved version, and the stored text it was written over when the editor knows it. */
  mine: ConflictText & { startedFrom?: ConflictText | null };
  current: EditableArticle;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** Saves the result of the writer's choices over the stored version. */
  onSaveMerged: (merged: ConflictText) => void;
};

type Field = 'title' | 'lead';
const FIELD_NAMES: Record<Field, string> = { title: 'Tiêu đề', lead: 'Sa-pô' };

const CHOICE_LABELS: Record<HunkChoice, string> = {
  mine: 'Giữ bản của tôi',
  theirs: 'Dùng bản đang lưu',
  both: 'Giữ cả hai',
};

const MERGED_FROM = { mine: 'thay đổi của bạn', theirs: 'thay đổi trong bản đang lưu' } as const;

/**
 * Shown when a save names an older version: nothing is overwritten and nothing of the writer's is
 * lost. Both versions are compared with the one the writer started from: what only one side
 * changed is merged as it has it (and listed), and only paragraphs both changed differently ask
 * the writer to keep, take or merge them. "Keep mine" first lists what it removes.
 */
export function ConflictPanel({ mine, current, onKeepMine, onTakeTheirs, onSaveMerged }: Props) {
  const theirs = current.snapshot;
  const base = mine.startedFrom ?? null;
  const hunks = useMemo(
    () =>
      base
        ? mergeAgainstBase(blocksOf(base.body), blocksOf(theirs.body), blocksOf(mine.body))
        : diffBlocks(blocksOf(theirs.body), blocksOf(mine.body)),
    [base, theirs.body, mine.body],
  );
  // A headline or lead one side changed is taken as changed; null where the writer must choose.
  const autoField = (f: Field) => (base ? mergeField(base[f], theirs[f], mine[f]) : theirs[f] === mine[f] ? mine[f] : null);
  const fields = (['title', 'lead'] as const).filter((f) => autoField(f) === null);
  const [choices, setChoices] = useState<Map<number, HunkChoice>>(new Map());
  const [fieldChoices, setFieldChoices] = useState<Record<Field, 'mine' | 'theirs'>>({ title: 'mine', lead: 'mine' });
  const [confirmKeepMine, setConfirmKeepMine] = useState(false);
  const live = current.status === 'published';
  const myText = versionText(mine);
  const changedCount = hunks.filter((h) => h.kind === 'changed').length;

  // What was merged without asking: changes of one side only (the same change on both is no news).
  const mergedFields = base
    ? (['title', 'lead'] as const).flatMap((f) =>
        autoField(f) !== null && theirs[f] !== mine[f] ? [{ f, by: mine[f] === base[f] ? ('theirs' as const) : ('mine' as const) }] : [],
      )
    : [];

  // What keeping mine as it is removes from the stored version: the words of the headline, lead
  // and paragraphs that the writer's version does not have (words only added are not listed).
  const removedIfMine = [
    ...(['title', 'lead'] as const).map((f) => ({ label: `${FIELD_NAMES[f]}: `, before: theirs[f], after: mine[f] })),
    ...diffBlocks(blocksOf(theirs.body), blocksOf(mine.body)).flatMap((h) =>
      h.kind === 'changed' ? [{ label: '', before: blocksText(h.theirs), after: blocksText(h.mine) }] : [],
    ),
  ].filter((r) => wordChanges(r.before, r.after).some((part) => part.op === 'del'));

  function choose(i: number, choice: HunkChoice) {
    setChoices((previous) => new Map(previous).set(i, choice));
  }
  function saveMerged() {
    const pick = (f: Field) => autoField(f) ?? (fieldChoices[f] === 'mine' ? mine[f] : theirs[f]);
    onSaveMerged({ title: pick('title'), lead: pick('lead'), body: { type: 'doc', content: mergeBlocks(hunks, choices) } });
  }

  // Where each hunk starts in the writer's version, counted in paragraphs (blocks) from 1.
  const mineLength = (h: (typeof hunks)[number]) =>
    h.kind === 'same' ? h.blocks.length : h.kind === 'changed' ? h.mine.length : h.by === 'theirs' ? h.base.length : h.blocks.length;
  const starts = hunks.map((_, i) => hunks.slice(0, i).reduce((n, h) => n + mineLength(h), 1));
  const merged = hunks.flatMap((h, i) => (h.kind === 'merged' && h.by !== 'both' ? [{ hunk: h, from: starts[i]!, i }] : []));
  const mergedCount = merged.length + mergedFields.length;
  return (
    <section role="alertdialog" aria-labelledby="xung-dot" className="editor-conflict">
      <h2 id="xung-dot">Xung đột: bài đã được sửa ở nơi khác</h2>
      <p>
        Bản của bạn <strong>chưa được lưu</strong>. Trong lúc bạn viết, bài đã được lưu thành phiên
        bản {current.version} (lúc {formatDateTime(new Date(current.updatedAt))}). Không có gì bị ghi
        đè: xem từng chỗ khác nhau bên dưới, chọn giữ bản nào, rồi lưu bản đã gộp.
      </p>
      <label htmlFor="ban-cua-ban">Bản của bạn (chưa lưu)</label>
      <textarea id="ban-cua-ban" readOnly value={myText} rows={6} />
      <button type="button" onClick={() => navigator.clipboard?.writeText(myText)}>
        Sao chép bản của tôi
      </button>

      {mergedCount > 0 && (
        <>
          <h3>{`Đã tự gộp ${mergedCount} chỗ chỉ một bên sửa`}</h3>
          <ul className="conflict-merged">
            {mergedFields.map(({ f, by }) => (
              <li key={f}>
                {`${FIELD_NAMES[f]}: theo ${MERGED_FROM[by]}`}
                <DiffText before={base![f]} after={by === 'mine' ? mine[f] : theirs[f]} />
              </li>
            ))}
            {merged.map(({ hunk, from, i }) => (
              <li key={i}>
                {`${hunk.blocks.length === 0 ? 'Xóa đoạn' : `Đoạn ${from}`}: theo ${MERGED_FROM[hunk.by as 'mine' | 'theirs']}`}
                <DiffText before={blocksText(hunk.base)} after={blocksText(hunk.blocks)} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        {changedCount + fields.length === 0
          ? base
            ? 'Không có chỗ nào cả hai bên cùng sửa: bấm “Lưu bản đã gộp”'
            : 'Nội dung hai bản giống nhau'
          : base
            ? `${changedCount + fields.length} chỗ cả hai bên cùng sửa: chọn giữ bản nào`
            : `${changedCount + fields.length} chỗ khác nhau giữa bản đang lưu và bản của bạn`}
      </h3>
      <ol className="conflict-hunks">
        {fields.map((f) => (
          <li key={f}>
            <fieldset>
              <legend>{FIELD_NAMES[f]}</legend>
              <DiffText before={theirs[f]} after={mine[f]} />
              {(['mine', 'theirs'] as const).map((choice) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name={`conflict-${f}`}
                    checked={fieldChoices[f] === choice}
                    onChange={() => setFieldChoices((previous) => ({ ...previous, [f]: choice }))}
                  />{' '}
                  {CHOICE_LABELS[choice]}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
        {hunks.map((hunk, i) => {
          if (hunk.kind !== 'changed') return null;
          const from = starts[i]!;
          const selected = choices.get(i) ?? defaultChoice(hunk);
          const options: HunkChoice[] =
            hunk.mine.length && hunk.theirs.length ? ['mine', 'theirs', 'both'] : ['mine', 'theirs'];
          return (
            <li key={i}>
              <fieldset>
                <legend>
                  {hunk.theirs.length === 0
                    ? `Đoạn ${from}: chỉ có trong bản của bạn`
                    : hunk.mine.length === 0
                      ? `Sau đoạn ${from - 1}: chỉ có trong bản đang lưu`
                      : `Đoạn ${from}: hai bản khác nhau`}
                </legend>
                <DiffText before={blocksText(hunk.theirs)} after={blocksText(hunk.mine)} />
                {options.map((choice) => (
                  <label key={choice}>
                    <input type="radio" name={`conflict-${i}`} checked={selected === choice} onChange={() => choose(i, choice)} />{' '}
                    {hunk.mine.length === 0 && choice === 'mine' ? 'Bỏ đoạn này' : hunk.theirs.length === 0 && choice === 'theirs' ? 'Bỏ đoạn này' : CHOICE_LABELS[choice]}
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>

      {confirmKeepMine ? (
        <div role="alertdialog" aria-labelledby="xac-nhan-giu-ban" className="editor-conflict-confirm">
          <h3 id="xac-nhan-giu-ban">
            Lưu bản của bạn sẽ xóa những phần này {live ? 'khỏi bài đang đăng trên trang' : 'khỏi bản đang lưu'}
          </h3>
          {removedIfMine.length === 0 ? (
            <p>Không có chữ nào của bản đang lưu bị xóa.</p>
          ) : (
            <ul className="conflict-removed">
              {removedIfMine.map((r, i) => (
                <li key={i}>
                  {r.label}
                  <RemovedText before={r.before} after={r.after} />
                </li>
              ))}
            </ul>
          )}
          <p className="editor-conflict-actions">
            <button type="button" onClick={onKeepMine}>
              Vẫn lưu bản của tôi
            </button>
            <button type="button" onClick={() => setConfirmKeepMine(false)}>
              Quay lại
            </button>
          </p>
        </div>
      ) : (
        <p className="editor-conflict-actions">
          <button type="button" onClick={saveMerged}>
            Lưu bản đã gộp
          </button>
          <button type="button" onClick={() => setConfirmKeepMine(true)}>
            Lưu bản của tôi thành phiên bản mới…
          </button>
          <button type="button" onClick={onTakeTheirs}>
            Bỏ bản của tôi, dùng bản đang lưu
          </button>
          <a href={`/admin/articles/${current.id}`} target="_blank" rel="noopener">
            Mở bản đang lưu trong tab mới
          </a>
        </p>
      )}
    </section>
  );
}

/** The stored text with the words the writer's version drops struck through (additions left out). */
function RemovedText({ before, after }: { before: string; after: string }) {
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {wordChanges(before, after).map((part, i) =>
        part.op === 'add' ? null : part.op === 'del' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}

// A closing space on both sides, so a last word followed by new text ("gốc." → "gốc. Câu mới")
// counts as kept, not as removed and written again.
const wordChanges = (before: string, after: string) => diffWords(`${before} `, `${after} `);
