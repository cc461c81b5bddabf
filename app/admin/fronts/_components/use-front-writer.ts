'use client';

import { useCallback, useRef, useState } from 'react';
import type { FrontCardArticle } from '@/lib/data/fronts/picker';
import type { FrontForEditing } from '@/lib/data/fronts/store';
import type { FrontDocument } from '@/lib/domain/front-document';
import { publishFrontAction } from '../_actions/publish-front';
import { restoreFrontRevisionAction } from '../_actions/restore-front-revision';
import type { FrontActionResult, FrontRestoreResult } from '../_actions/result';
import { saveFrontDraftAction } from '../_actions/save-front-draft';

export type WriteStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'published'; at: string }
  | { kind: 'restored'; at: string; revisionId: number }
  | { kind: 'error'; message: string };

export type Conflict = { current: FrontForEditing; mine: FrontDocument; myVersion: number };
/** A restore's draft and the articles its cards name. */
export type Restored = { document: FrontDocument; articles: FrontCardArticle[] };

type Write =
  // `alreadySaved`: asked when the write's turn comes; a publish queued before it may have stored this very document.
  | { intent: 'save' | 'publish'; document: FrontDocument; version?: number; alreadySaved?: () => boolean }
  | { intent: 'restore'; revisionId: number };

/**
 * Every write of one front, one after another, each from the version the previous one produced
 * (optimistic locking: a stale version comes back as a conflict, never as an overwrite).
 */
export function useFrontWriter(frontKey: string, initialVersion: number, onWritten: (intent: Write['intent'], restored?: Restored) => void,
  onArticles: (articles: FrontCardArticle[]) => void) {
  const version = useRef(initialVersion);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [status, setStatus] = useState<WriteStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const run = useCallback(
    async (write: Write): Promise<boolean> => {
      // Saving it again would only replace "Đã xuất bản" with "Đã lưu bản nháp" in the status line.
      if (write.intent !== 'restore' && write.alreadySaved?.()) return true;
      setStatus({ kind: 'saving' });
      const expected = write.intent !== 'restore' && write.version !== undefined ? write.version : version.current;
      let result: FrontActionResult | FrontRestoreResult;
      let restored: Restored | undefined;
      try {
        if (write.intent === 'restore') {
          const restore = await restoreFrontRevisionAction({ key: frontKey, version: expected, revisionId: write.revisionId });
          if (restore.ok) restored = { document: restore.document, articles: restore.articles };
          result = restore;
        } else {
          const action = write.intent === 'publish' ? publishFrontAction : saveFrontDraftAction;
          result = await action({ key: frontKey, version: expected, document: write.document });
        }
      } catch {
        setStatus({ kind: 'error', message: 'Không lưu được: mất kết nối tới máy chủ hoặc phiên đăng nhập đã hết hạn. Thay đổi vẫn còn ở đây.' });
        return false;
      }
      if (result.ok) {
        version.current = result.version;
        if (write.intent === 'restore') setStatus({ kind: 'restored', at: result.savedAt, revisionId: write.revisionId });
        else setStatus({ kind: write.intent === 'publish' ? 'published' : 'saved', at: result.savedAt });
        onWritten(write.intent, restored);
        return true;
      }
      if (result.error === 'conflict') {
        setStatus({ kind: 'idle' });
        onArticles(result.articles);
        const mine = write.intent === 'restore' ? result.current.draft : write.document;
        setConflict({ current: result.current, mine, myVersion: expected });
        return false;
      }
      setStatus({ kind: 'error', message: result.message });
      return false;
    },
    [frontKey, onWritten, onArticles],
  );

  const enqueue = useCallback(
    (write: Write) => {
      const next = chain.current.then(() => run(write));
      chain.current = next.catch(() => undefined);
      return next;
    },
    [run],
  );

  /** The writer chose the stored version: it becomes the base of the next save. */
  const acceptCurrent = useCallback((current: FrontForEditing) => {
    version.current = current.draftVersion;
    setConflict(null);
  }, []);

  return { status, conflict, setConflict, enqueue, acceptCurrent };
}
