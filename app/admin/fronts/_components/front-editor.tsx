'use client';

import { arrayMove } from '@dnd-kit/sortable';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FrontForEditing, FrontRevisionItem } from '@/lib/data/fronts/store';
import type { ArticleSummary } from '@/lib/data/dto';
import { MAX_CONTAINERS, type FrontContainer, type FrontDocument } from '@/lib/domain/front-document';
import { formatClockTime } from '@/lib/vi/time';
import { Announcer, useAnnouncer } from './announcer';
import { ConflictScreen } from './conflict-screen';
import { ContainerEditor, containerName } from './container-editor';
import { FrontPreview } from './front-preview';
import type { CardArticle, FrontSourceOptions } from './labels';
import { RevisionList } from './revision-list';
import { SortableList } from './sortable-list';
import { useFrontWriter, type Restored, type WriteStatus } from './use-front-writer';

type Props = {
  front: FrontForEditing;
  revisions: FrontRevisionItem[];
  sources: FrontSourceOptions;
  articles: CardArticle[];
  canPublish: boolean;
};

// Like the article editor: the draft saves itself a second after the last change.
const AUTOSAVE_DELAY_MS = 1000;

const newContainer = (): FrontContainer => ({
  id: `khoi-${crypto.randomUUID().slice(0, 8)}`,
  name: 'Khối mới',
  showName: true,
  layout: 'list',
  slots: 5,
  cards: [],
  backfill: { kind: 'latest' },
});

/** The front editor: containers and cards in order, autosaved draft, live preview, publish, revisions. */
export function FrontEditor({ front, revisions, sources, articles: initialArticles, canPublish }: Props) {
  const router = useRouter();
  const [document, setDocument] = useState<FrontDocument>(front.draft);
  const [articles, setArticles] = useState(() => new Map(initialArticles.map((article) => [article.id, article])));
  const [previewRound, setPreviewRound] = useState(0);
  const { message, announce } = useAnnouncer();
  // Edits made and edits saved: the autosave runs only when they differ.
  const edits = useRef(0);
  const saved = useRef(0);

  const learn = useCallback(
    (known: CardArticle[]) =>
      setArticles((map) => {
        const next = new Map(map);
        for (const article of known) next.set(article.id, article);
        return next;
      }),
    [],
  );
  const onWritten = useCallback(
    (intent: 'save' | 'publish' | 'restore', restored?: Restored) => {
      if (restored) {
        learn(restored.articles);
        setDocument(restored.document);
        saved.current = edits.current;
      }
      setPreviewRound((round) => round + 1);
      // The revision list and "published by" come from the server.
      if (intent !== 'save') router.refresh();
    },
    [router, learn],
  );
  const writer = useFrontWriter(front.key, front.draftVersion, onWritten, learn);
  const { enqueue, conflict } = writer;

  const save = useCallback(
    (intent: 'save' | 'publish', doc: FrontDocument, version?: number) => {
      const started = edits.current;
      const alreadySaved = intent === 'save' ? () => saved.current >= started : undefined;
      return enqueue({ intent, document: doc, version, alreadySaved }).then((ok) => {
        if (ok) saved.current = Math.max(saved.current, started);
        return ok;
      });
    },
    [enqueue],
  );

  useEffect(() => {
    if (edits.current === saved.current || conflict) return;
    // Checked again when it fires: a publish in the meantime may have saved this very document.
    const timer = setTimeout(() => {
      if (edits.current !== saved.current) void save('save', document);
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [document, conflict, save]);

  const change = (next: FrontDocument) => {
    edits.current += 1;
    setDocument(next);
  };
  const setContainers = (containers: FrontContainer[]) => change({ ...document, containers });
  const taken = useMemo(() => new Set(document.containers.flatMap((c) => c.cards.map((card) => card.articleId))), [document]);
  const remember = (article: ArticleSummary) =>
    learn([{ id: article.id, title: article.title, path: article.path, sectionName: article.section.name, isPublic: true }]);

  if (conflict) {
    return (
      <ConflictScreen
        current={conflict.current}
        mine={conflict.mine}
        myVersion={conflict.myVersion}
        articles={articles}
        onLoadTheirs={() => {
          writer.acceptCurrent(conflict.current);
          setDocument(conflict.current.draft);
          saved.current = edits.current;
          setPreviewRound((round) => round + 1);
          announce('Đã tải bản đang lưu; thay đổi của bạn đã bỏ.');
        }}
        onOverwrite={() => {
          writer.acceptCurrent(conflict.current);
          void save('save', conflict.mine, conflict.current.draftVersion);
        }}
      />
    );
  }

  return (
    <div className="front-editor">
      <Announcer message={message} />
      <div className="front-toolbar">
        <StatusLine status={writer.status} />
        <button type="button" onClick={() => void save('save', document)}>
          Lưu nháp
        </button>
        <button
          type="button"
          disabled={!canPublish}
          aria-describedby={canPublish ? undefined : 'xuat-ban-quyen'}
          onClick={() => void save('publish', document)}
        >
          Xuất bản
        </button>
        {canPublish ? null : (
          <p id="xuat-ban-quyen" className="front-muted">
            Chỉ thư ký tòa soạn hoặc quản trị viên được xuất bản trang nhất. Bản nháp của bạn được lưu tự động để họ xem và xuất bản.
          </p>
        )}
      </div>
      <div className="front-workspace">
        <section aria-labelledby="cac-khoi" className="front-containers">
          <h2 id="cac-khoi">Các khối ({document.containers.length})</h2>
          <SortableList
            items={document.containers}
            itemId={(container) => container.id}
            describe={containerName}
            label="Các khối của trang, từ trên xuống"
            announce={announce}
            onMove={(from, to) => setContainers(arrayMove(document.containers, from, to))}
          >
            {(container, controls) => (
              <ContainerEditor
                container={container}
                controls={controls}
                articles={articles}
                sources={sources}
                taken={taken}
                announce={announce}
                onPicked={remember}
                onChange={(next) => setContainers(document.containers.map((c) => (c.id === container.id ? next : c)))}
                onRemove={() => {
                  setContainers(document.containers.filter((c) => c.id !== container.id));
                  announce(`Đã xóa ${containerName(container)}.`);
                }}
              />
            )}
          </SortableList>
          <button
            type="button"
            disabled={document.containers.length >= MAX_CONTAINERS}
            onClick={() => {
              setContainers([...document.containers, newContainer()]);
              announce(`Đã thêm “Khối mới” ở cuối trang, vị trí ${document.containers.length + 1}.`);
            }}
          >
            Thêm khối
          </button>
        </section>
        <FrontPreview frontKey={front.key} round={previewRound} />
      </div>
      <RevisionList
        frontKey={front.key}
        revisions={revisions}
        liveRevisionId={front.publishedRevisionId}
        busy={writer.status.kind === 'saving'}
        onRestore={(revision) => void enqueue({ intent: 'restore', revisionId: revision.id })}
      />
    </div>
  );
}

function StatusLine({ status }: { status: WriteStatus }) {
  const text = {
    idle: '',
    saving: 'Đang lưu…',
    saved: 'at' in status ? `Đã lưu bản nháp lúc ${formatClockTime(new Date(status.at))}` : '',
    published: 'at' in status ? `Đã xuất bản lúc ${formatClockTime(new Date(status.at))}: độc giả thấy trang mới ngay.` : '',
    restored:
      status.kind === 'restored'
        ? `Đã khôi phục phiên bản #${status.revisionId} vào bản nháp. Bấm “Xuất bản” để đưa lên trang.`
        : '',
    error: status.kind === 'error' ? status.message : '',
  }[status.kind];
  return (
    <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'admin-message-error' : 'front-status'}>
      {text}
    </p>
  );
}
