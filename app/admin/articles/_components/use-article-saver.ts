'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleStatus } from '@/lib/domain/article-status';
import type { EditableArticle } from '@/lib/data/articles/editable';
import type { PublishChecks, PublishWarning } from '@/lib/data/articles/publish-checks';
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

type Snapshot = { title: string; lead: string; body: unknown; slug: string };
export type Meta = {
  id: number | null;
  version: number;
  status: ArticleStatus;
  /** The text stored at `version`, when the page knows it: the base a conflict is merged against. */
  base?: Snapshot;
};
export type Problem =
  /** `mine.startedFrom`: the stored text the writer's version was written over, when known. */
  | { kind: 'conflict'; current: EditableArticle; mine: Snapshot & { startedFrom: Snapshot | null } }
  /** A save of a scheduled article failed the pre-publish checks; `confirm` saves again with the warnings confirmed. */
  | { kind: 'checks'; message: string; checks: PublishChecks; confirm: (warnings: readonly PublishWarning[]) => void }
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
  // The text stored at a version this editor knows: what it loaded, saved or was shown in a conflict.
  const stored = useRef<{ version: number; snapshot: Snapshot } | null>(
    initial.base ? { version: initial.version, snapshot: initial.base } : null,
  );
  // A confirmation saves the text as it is then, through the same queue.
  const persistRef = useRef<typeof persist | null>(null);
  const latestSnapshot = useRef<() => Snapshot & Record<string, unknown>>(() => ({ title: '', lead: '', body: null, slug: '' }));

  const report = useCallback((next: Problem | null) => {
    problemRef.current = next;
    setProblem(next);
  }, []);

  const setMeta = useCallback((next: Meta) => {
    // A status change (submit, schedule, withdraw) makes a new version of the same text.
    if (stored.current && stored.current.version === meta.current.version && next.id === meta.current.id)
      stored.current = { version: next.version, snapshot: next.base ?? stored.current.snapshot };
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
        if (!result.autosavedOnly) stored.current = { version: result.version, snapshot };
        const clean = edits.current === started;
        savedEdits.current = started;
        report(null);
        setStatus({ state: 'saved', at: result.savedAt, autosavedOnly: result.autosavedOnly });
        onSaved(result, clean);
        return result;
      }
      setStatus({ state: 'idle' });
      // Going live, the pre-publish panel shows what the checks found; the text is untouched.
      if (result.error === 'checks' && (intent === 'publish' || intent === 'update')) return result;
      if (result.error === 'checks') {
        // A scheduled article's save: the server kept the text as its working copy.
        const { message, checks } = result;
        report({ kind: 'checks', message, checks, confirm: (warnings) => void persistRef.current?.('save', latestSnapshot.current, warnings) });
      } else if (result.error === 'conflict') {
        const { version } = meta.current;
        const startedFrom = stored.current?.version === version ? stored.current.snapshot : null;
        stored.current = { version: result.current.version, snapshot: result.current.snapshot };
        report({ kind: 'conflict', current: result.current, mine: { ...snapshot, startedFrom } });
      }
      else if (result.error === 'unauthorized') report({ kind: 'session' });
      else report({ kind: 'error', message: result.message });
      return result;
    },
    [onSaved, report, setMeta],
  );

  /** Queues a save; going live carries the warnings the writer confirmed in the pre-publish panel. */
  const persist = useCallback(
    (intent: Intent, snapshot: () => Snapshot & Record<string, unknown>, confirmedWarnings: readonly string[] = []) => {
      latestSnapshot.current = snapshot;
      const next = chain.current.then(() => run(intent, snapshot(), confirmedWarnings));
      chain.current = next.catch(() => undefined);
      return next;
    },
    [run],
  );

  useEffect(() => {
    persistRef.current = persist;
  }, [persist]);

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
