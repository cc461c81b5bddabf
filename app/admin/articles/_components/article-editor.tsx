'use client';

import type { Editor } from '@tiptap/react';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import type { PublishChecks, PublishWarning } from '@/lib/data/articles/publish-checks';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { slugify } from '@/lib/vi/text';
import { formatDateTime } from '@/lib/vi/time';
import { ArticleMetaFields, HeadlineFields } from './article-fields';
import { BodyEditor } from './body-editor';
import { formFromSnapshot, keepLiveUrl, snapshotFromForm, type EditorForm } from './editor-form';
import { checkInEditor } from './local-publish-checks';
import { PublishChecksDialog } from './publish-checks-dialog';
import { readMirror, writeMirror, clearMirror } from './local-mirror';
import { SaveProblem } from './save-problem';
import { useArticleSaver, type Intent, type Meta } from './use-article-saver';
import type { Permissions } from './permissions';
import { WorkflowBar } from './workflow-bar';
import { PresenceBar } from './presence-bar';
import { useSaveShortcut } from './use-save-shortcut';
import { ScheduleControls, type ArticleSchedule } from './schedule-controls';
import { SettingsPanel, openSettingsSheet } from './settings-panel';
import './article-editor.css';
import './writing-screen.css';
// body-blocks.css comes with app/layout.tsx, on every page: imported here too, Turbopack split it
// into chunks of its own and readers' articles waited for three stylesheets (ADR 13).
import './editor-comfort.css';

// Shown only when a save meets someone else's: the merge (a word diff, the body's parser and its
// schema) loads then, not with every editor.
const ConflictPanel = dynamic(() => import('./conflict-panel').then((module) => module.ConflictPanel));

/** Autosave fires this long after the first unsaved change (the brief allows up to 60 s). */
const AUTOSAVE_DELAY_MS = 15_000;
const NO_SCHEDULE: ArticleSchedule = { scheduledAt: null, unpublishAt: null };

type Props = {
  meta: Meta;
  initial: ArticleSnapshot;
  sections: { id: number; name: string }[];
  permissions: Permissions;
  path: string | null;
  reviewNote: string | null;
  notice: string | null;
  schedule?: ArticleSchedule | null;
  /** The importer's provisional headline while the article still carries it. */
  provisionalTitle: string | null;
  /** The page's own panels (preview links, corrections, breaking news), shown with the settings. */
  settings?: ReactNode;
};

/**
 * The editor of an article begun at /admin/articles/new, while it is on screen. Its first refresh
 * renders the [id] page, whose editor replaces it (another route, so another instance). When
 * something was typed since the last save, that one starts from this form rather than the
 * server's copy, so the typing stays on screen and unsaved, as it would have in the same editor.
 * Otherwise it starts from the server's copy, as stored (cleaned of what the server refuses).
 */
let beingReplaced: { form: { current: EditorForm }; meta: { current: Meta }; isDirty: () => boolean } | null = null;

/** The replaced editor's unsaved form, when it was editing this article at this version. */
function continuedForm(meta: Meta): EditorForm | null {
  const from = beingReplaced?.meta.current;
  if (!beingReplaced?.isDirty() || !from || from.id !== meta.id || from.version !== meta.version) return null;
  return keepLiveUrl(beingReplaced.form.current, meta.status === 'published');
}

type GoLive = 'publish' | 'update';
const GO_LIVE_LABELS: Record<GoLive, string> = { publish: 'Xuất bản', update: 'Cập nhật' };

export function ArticleEditor({
  meta: initialMeta,
  initial,
  sections,
  permissions,
  path,
  reviewNote,
  notice,
  schedule,
  provisionalTitle,
  settings,
}: Props) {
  const router = useRouter();
  const [start] = useState(() => {
    const continued = continuedForm(initialMeta);
    return { form: continued ?? formFromSnapshot(initial, initialMeta.status === 'published'), edited: continued !== null };
  });
  const [form, setForm] = useState<EditorForm>(start.form);
  const formRef = useRef(form);
  const editorRef = useRef<Editor | null>(null);
  const [restorable, setRestorable] = useState<{ at: string; snapshot: ArticleSnapshot } | null>(
    null,
  );

  // A new status re-renders the page on the server (its panels depend on it); a first save's
  // refresh even replaces the editor, since the page was /admin/articles/new. Until it lands the
  // bar's buttons wait, so a click never falls on a bar about to be replaced.
  const [refreshing, startRefresh] = useTransition();
  const refresh = useCallback(() => startRefresh(() => router.refresh()), [router]);
  const onSaved = useCallback(
    (
      result: { id: number; slug: string; status: string; autosavedOnly: boolean },
      clean: boolean,
    ) => {
      const current = formRef.current;
      const next = keepLiveUrl(result.slug && result.slug !== current.slug ? { ...current, slug: result.slug } : current, result.status === 'published');
      if (next !== current) {
        formRef.current = next;
        setForm(next);
      }
      if (clean) clearMirror(result.id);
      if (!result.autosavedOnly && result.status !== initialMeta.status) refresh();
    },
    [initialMeta.status, refresh],
  );
  const saver = useArticleSaver(initialMeta, onSaved);
  useEffect(() => {
    if (initialMeta.id !== null) return;
    const self = { form: formRef, meta: saver.metaRef, isDirty: saver.isDirty };
    beingReplaced = self;
    return () => {
      if (beingReplaced === self) beingReplaced = null;
    };
  }, [initialMeta.id, saver.metaRef, saver.isDirty]);
  const { markEdited } = saver;
  useEffect(() => {
    if (start.edited) markEdited();
  }, [start, markEdited]);
  const editable = permissions.edit;
  // A new article may be scheduled as soon as its first save gives it an id, without a reload.
  const scheduleState = schedule !== undefined ? schedule : permissions.schedule ? NO_SCHEDULE : null;
  const snapshot = useCallback(() => snapshotFromForm(formRef.current), []);

  const update = useCallback(
    (patch: Partial<EditorForm>) => {
      const next = { ...formRef.current, ...patch };
      if (patch.title !== undefined && !next.slugTouched) next.slug = slugify(patch.title);
      formRef.current = next;
      setForm(next);
      saver.markEdited();
      writeMirror(saver.metaRef.current.id, saver.metaRef.current.version, snapshotFromForm(next));
    },
    [saver],
  );

  // Going live opens the pre-publish panel; the save happens once the writer confirms there.
  const [goLive, setGoLive] = useState<{ intent: GoLive; checks: PublishChecks | null; busy: boolean } | null>(null);
  const checkArticle = useCallback(() => checkInEditor(snapshot(), provisionalTitle), [snapshot, provisionalTitle]);
  const save = useCallback(
    (intent: Intent) => {
      if (intent !== 'publish' && intent !== 'update') return saver.persist(intent, snapshot);
      setGoLive({ intent, checks: null, busy: false });
      void checkArticle().then((checks) =>
        setGoLive((open) => (open?.intent === intent && open.checks === null ? { ...open, checks } : open)),
      );
    },
    [saver, snapshot, checkArticle],
  );
  const confirmGoLive = useCallback(
    async (intent: GoLive, confirmed: PublishWarning[]) => {
      setGoLive((open) => open && { ...open, busy: true });
      const result = await saver.persist(intent, snapshot, confirmed);
      // The server found more (a possible duplicate) or something changed: show its list.
      if (result && !result.ok && result.error === 'checks') setGoLive({ intent, checks: result.checks, busy: false });
      else setGoLive(null);
    },
    [saver, snapshot],
  );
  // Once another editor takes the article over, this tab stops autosaving over their work.
  const takenOver = useRef(false);
  const onTakenOver = useCallback((value: boolean) => {
    takenOver.current = value;
  }, []);
  const autosave = useCallback(() => {
    if (editable && !takenOver.current && saver.isDirty()) void save('autosave');
  }, [editable, save, saver]);

  // Autosave a while after the first unsaved change, and whenever the page is hidden.
  const dirty = saver.isDirty();
  useEffect(() => {
    if (!dirty || saver.problem || !editable) return;
    const timer = window.setTimeout(autosave, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, saver.problem, editable, autosave]);
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && autosave();
    const onLeave = (e: BeforeUnloadEvent) => saver.isDirty() && e.preventDefault();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [autosave, saver]);

  // A copy left in this browser by a crash or a lost session is offered back, never applied silently.
  useEffect(() => {
    const mirror = readMirror(initialMeta.id);
    if (
      mirror &&
      JSON.stringify(mirror.snapshot) !== JSON.stringify(snapshotFromForm(formRef.current))
    ) {
      setRestorable({ at: mirror.at, snapshot: mirror.snapshot as ArticleSnapshot });
    }
  }, [initialMeta.id]);

  function load(next: ArticleSnapshot, published: boolean) {
    const nextForm = formFromSnapshot(next, published);
    formRef.current = nextForm;
    setForm(nextForm);
    editorRef.current?.commands.setContent(next.body as object, { emitUpdate: false });
  }

  const problem = saver.problem;
  const retryIntent: Intent = saver.meta.status === 'published' ? 'update' : 'save';
  // Ctrl+S keeps a live article's edits as its working copy; going live stays the button's.
  const saveShortcut = useCallback(
    () => void save(saver.meta.status === 'published' ? 'autosave' : 'save'),
    [save, saver.meta.status],
  );
  useSaveShortcut(saveShortcut, editable);
  const settingsDialog = useRef<HTMLDialogElement>(null);
  return (
    // Leaving the editor (text, bar or settings) for the rest of the page saves what was typed;
    // moving between its parts, such as from the text to “Lưu”, does not save it twice.
    <div
      className="article-editor"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) autosave();
      }}
    >
      <PresenceBar articleId={saver.meta.id} onTakenOver={onTakenOver} />
      {goLive && (
        <PublishChecksDialog
          action={GO_LIVE_LABELS[goLive.intent]}
          checks={goLive.checks}
          busy={goLive.busy}
          onConfirm={(confirmed) => void confirmGoLive(goLive.intent, confirmed)}
          onClose={() => setGoLive(null)}
        />
      )}
      {notice && <p role="status">{notice}</p>}
      {!editable && (
        <p role="note" className="editor-read-only">
          {saver.meta.status === 'review' && permissions.withdraw
            ? 'Bài đang chờ duyệt nên không sửa được. Bấm “Rút về nháp” để sửa tiếp.'
            : 'Bạn chỉ xem được bài này: chỉ người viết sửa được bản nháp của mình, còn bài đã gửi duyệt hoặc đã đăng do biên tập viên xử lý.'}
        </p>
      )}
      {reviewNote && saver.meta.status === 'draft' && (
        <p role="note" className="editor-review-note">
          Ghi chú của biên tập viên: {reviewNote}
        </p>
      )}
      {restorable && (
        <p role="status" className="editor-restorable">
          Trình duyệt này còn giữ một bản chưa lưu lúc{' '}
          {formatDateTime(new Date(restorable.at))}.{' '}
          <button
            type="button"
            onClick={() => {
              load(restorable.snapshot, saver.meta.status === 'published');
              saver.markEdited();
              setRestorable(null);
            }}
          >
            Khôi phục bản chưa lưu
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              clearMirror(initialMeta.id);
              setRestorable(null);
            }}
          >
            Bỏ qua
          </button>
        </p>
      )}
      {problem?.kind === 'conflict' && (
        <ConflictPanel
          mine={problem.mine}
          current={problem.current}
          onKeepMine={() => {
            saver.setMeta({
              id: problem.current.id,
              version: problem.current.version,
              status: problem.current.status,
            });
            saver.report(null);
            void save(problem.current.status === 'published' ? 'update' : 'save');
          }}
          onTakeTheirs={() => {
            saver.setMeta({
              id: problem.current.id,
              version: problem.current.version,
              status: problem.current.status,
            });
            load(problem.current.snapshot, problem.current.status === 'published');
            saver.markClean();
            clearMirror(problem.current.id);
            saver.report(null);
          }}
          onSaveMerged={(merged) => {
            const { current } = problem;
            saver.setMeta({ id: current.id, version: current.version, status: current.status });
            // The merged headline, lead and body over the writer's other fields, then saved as usual.
            load({ ...current.snapshot, ...snapshot(), ...merged } as ArticleSnapshot, current.status === 'published');
            saver.markEdited();
            saver.report(null);
            void save(current.status === 'published' ? 'update' : 'save');
          }}
        />
      )}
      {problem && problem.kind !== 'conflict' && (
        <SaveProblem
          problem={problem}
          onRetry={() => {
            saver.report(null);
            void save(retryIntent);
          }}
        />
      )}
      <WorkflowBar
        meta={saver.meta}
        status={saver.status}
        dirty={saver.isDirty()}
        permissions={permissions}
        path={path}
        onSave={save}
        busy={refreshing}
        onStatusChanged={(meta) => {
          saver.setMeta(meta);
          refresh();
        }}
        onOpenSettings={() => openSettingsSheet(settingsDialog.current)}
      />
      <div className="editor-layout">
        <form
          className="editor-form editor-page article"
          aria-label="Soạn bài"
          onSubmit={(e) => {
            e.preventDefault();
            void save(retryIntent);
          }}
        >
          <HeadlineFields form={form} disabled={!editable} onChange={update} />
          <BodyEditor
            initial={start.form.body}
            editable={editable}
            onChange={(body) => update({ body })}
            onReady={(editor) => {
              editorRef.current = editor;
            }}
          />
        </form>
        <SettingsPanel dialogRef={settingsDialog}>
          <ArticleMetaFields form={form} sections={sections} disabled={!editable} onChange={update} />
          {scheduleState && saver.meta.id !== null && (
            <section aria-labelledby="hen-gio" className="editor-settings-section">
              <h3 id="hen-gio">Hẹn giờ</h3>
              <ScheduleControls
                meta={saver.meta}
                schedule={scheduleState}
                dirty={saver.isDirty()}
                onChanged={saver.setMeta}
                checkArticle={checkArticle}
              />
            </section>
          )}
          {settings}
        </SettingsPanel>
      </div>
    </div>
  );
}
