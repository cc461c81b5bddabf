'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleStatus } from '@/lib/domain/article-status';
import type { EditableArticle } from '@/lib/data/articles/editable';
import { autosaveArticleAction } from '../_actions/autosave-article';
import { createArticleAction } from '../_actions/create-article';
import { publishArticleAction } from '../_actions/publish-article';
import type { ArticleActionResult } from '../_actions/result';
import { saveArticleAction } from '../_actions/save-article';
import { submitArticleAction } from '../_actions/submit-article';
import { updateArticleAction } from '../_actions/update-article';
import { clearMirror } from './local-mirror';

export type Intent = 'autosave' | 'save' | 'submit' | 'publish' | 'update';
const ACTIONS = {
  autosave: autosaveArticleAction,
  save: saveArticleAction,
  submit: submitArticleAction,
  publish: publishArticleAction,
  update: updateArticleAction,
};

export type Meta = { id: number | null; version: number; status: ArticleStatus };
type Snapshot = { title: string; lead: string; body: unknown; slug: string };
export type Problem =
  | { kind: 'conflict'; current: EditableArticle; mine: Snapshot }
  | { kind: 'session' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string };
export type SaveStatus = {
  state: 'idle' | 'saving' | 'saved';
  at?: string;
  autosavedOnly?: boolean;
};

/**
 * Serialises every save (autosave, buttons) so each starts from the version the previous one
 * produced, and turns refusals into problems the editor shows without touching the text.
 */
export function useArticleSaver(
  initial: Meta,
  onSaved: (result: Extract<ArticleActionResult, { ok: true }>, clean: boolean) => void,
) {
  const meta = useRef(initial);
  const [metaState, setMetaState] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemRef = useRef<Problem | null>(null);
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const report = useCallback((next: Problem | null) => {
    problemRef.current = next;
    setProblem(next);
  }, []);

  const setMeta = useCallback((next: Meta) => {
    meta.current = next;
    setMetaState(next);
  }, []);

  const run = useCallback(
    async (
      intent: Intent,
      snapshot: Snapshot & Record<string, unknown>,
      confirmedWarnings: readonly string[],
    ): Promise<ArticleActionResult | null> => {
      if (intent === 'autosave' && (edits.current === savedEdits.current || problemRef.current))
        return null;
      const started = edits.current;
      setStatus({ state: 'saving' });
      let result: ArticleActionResult;
      try {
        const { id, version } = meta.current;
        if (id === null) {
          result = await createArticleAction({ snapshot });
          if (result.ok) {
            clearMirror(null);
            window.history.replaceState(null, '', `/admin/articles/${result.id}`);
            setMeta({ id: result.id, version: result.version, status: result.status });
            if (intent === 'submit' || intent === 'publish')
              result = await ACTIONS[intent]({ id: result.id, version: result.version, snapshot, confirmedWarnings });
          }
        } else {
          result = await ACTIONS[intent]({ id, version, snapshot, confirmedWarnings });
        }
      } catch {
        // A redirect to the sign-in page or a dropped connection: the text stays, retry later.
        report({ kind: 'offline' });
        setStatus({ state: 'idle' });
        return null;
      }
      if (result.ok) {
        setMeta({ id: result.id, version: result.version, status: result.status });
        const clean = edits.current === started;
        savedEdits.current = started;
        report(null);
        setStatus({ state: 'saved', at: result.savedAt, autosavedOnly: result.autosavedOnly });
        onSaved(result, clean);
        return result;
      }
      setStatus({ state: 'idle' });
      // The pre-publish panel shows what the checks found; the text is untouched.
      if (result.error === 'checks') return result;
      if (result.error === 'conflict')
        report({ kind: 'conflict', current: result.current, mine: snapshot });
      else if (result.error === 'unauthorized') report({ kind: 'session' });
      else report({ kind: 'error', message: result.message });
      return result;
    },
    [onSaved, report, setMeta],
  );

  /** Queues a save; going live carries the warnings the writer confirmed in the pre-publish panel. */
  const persist = useCallback(
    (intent: Intent, snapshot: () => Snapshot & Record<string, unknown>, confirmedWarnings: readonly string[] = []) => {
      const next = chain.current.then(() => run(intent, snapshot(), confirmedWarnings));
      chain.current = next.catch(() => undefined);
      return next;
    },
    [run],
  );

  const markEdited = useCallback(() => {
    edits.current += 1;
  }, []);
  const markClean = useCallback(() => {
    savedEdits.current = edits.current;
  }, []);
  const isDirty = useCallback(() => edits.current !== savedEdits.current, []);

  return useMemo(
    () => ({
      meta: metaState,
      metaRef: meta,
      setMeta,
      status,
      problem,
      report,
      persist,
      markEdited,
      isDirty,
      markClean,
    }),
    [metaState, setMeta, status, problem, report, persist, markEdited, isDirty, markClean],
  );
}
