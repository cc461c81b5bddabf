'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { formatClockTime, formatShortDate } from '@/lib/vi/time';
import { PhotoChoice } from '@/app/admin/articles/_components/photo-choice';
import {
  addLivePostAction,
  approveLivePostAction,
  deleteLivePostAction,
  editLivePostAction,
  endLiveAction,
  startLiveAction,
} from '@/app/admin/articles/_actions/live-coverage';

export type DeskPost = {
  id: number;
  title: string | null;
  text: string;
  mediaId: number | null;
  keyEvent: boolean;
  pinned: boolean;
  status: 'published' | 'draft';
  version: number;
  at: string;
  author: string | null;
  mayChange: boolean;
};

type Props = {
  articleId: number;
  live: { startedAt: string; endedAt: string | null } | null;
  posts: DeskPost[];
  mayPost: boolean;
  mayManage: boolean;
  published: boolean;
  /** What the desk was rendered from (desk-stamp.ts): it re-renders when the server's differs. */
  stamp: string;
};

/** How often the desk asks whether anything changed, so every editor sees the others' posts. */
const CHECK_MS = 4_000;

const EMPTY = { title: '', text: '', mediaId: null as number | null, keyEvent: false, pinned: false };

/** Start/end, the composer (Đăng, Ctrl+Enter) and the post list of one live page in the newsroom. */
export function LiveDesk({ articleId, live, posts, mayPost, mayManage, published, stamp }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState(EMPTY);
  const [editing, setEditing] = useState<DeskPost | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const open = live !== null && live.endedAt === null;
  // Read by the check below when its answer arrives, which may be after the writer typed.
  const unposted = useRef(false);
  useEffect(() => {
    unposted.current = Boolean(draft.title.trim() || draft.text.trim() || draft.mediaId !== null);
  }, [draft]);

  // The server renders the list. The desk renders it again only when its stamp has moved, not
  // every few seconds; paused in a hidden tab.
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(async () => {
      if (document.visibilityState !== 'visible') return;
      const answer = await fetch(`/admin/articles/${articleId}/truc-tiep/thay-doi`, { cache: 'no-store' }).catch(() => null);
      // Offline: ask again next time.
      if (!answer) return;
      if (answer.redirected) {
        // Signed out: the proxy answered with the sign-in page. Loading the desk again goes there
        // and back after signing in (router.refresh() did not always follow that redirect), but
        // not while the composer holds words not yet posted.
        if (!unposted.current) return window.location.reload();
        return setMessage({ text: 'Phiên đăng nhập đã hết hạn. Nội dung vẫn còn trong ô soạn: đăng nhập lại ở một thẻ khác rồi đăng.', alert: true });
      }
      // Refused or gone: the page says which.
      if (!answer.ok) return router.refresh();
      if (((await answer.json()) as { stamp: string }).stamp !== stamp) router.refresh();
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [open, router, articleId, stamp]);

  async function run(call: () => Promise<{ ok: boolean; message?: string }>, done?: string): Promise<boolean> {
    setPending(true);
    const result = await call().catch(() => null);
    setPending(false);
    if (!result) {
      setMessage({ text: 'Không kết nối được máy chủ hoặc phiên đăng nhập đã hết hạn. Nội dung vẫn còn trong ô soạn.', alert: true });
      return false;
    }
    if (!result.ok) {
      setMessage({ text: result.message ?? 'Không thực hiện được.', alert: true });
      return false;
    }
    setMessage(done ? { text: done, alert: false } : null);
    router.refresh();
    return true;
  }

  async function submit() {
    if (pending || (!draft.text.trim() && draft.mediaId === null)) return;
    const ok = editing
      ? await run(() => editLivePostAction({ postId: editing.id, version: editing.version, ...draft }), 'Đã lưu cập nhật.')
      : await run(
          () => addLivePostAction({ id: articleId, ...draft }),
          mayPost ? 'Đã đăng.' : 'Đã gửi, chờ biên tập viên duyệt.',
        );
    if (ok) {
      setDraft(EMPTY);
      setEditing(null);
    }
  }

  function edit(post: DeskPost) {
    setEditing(post);
    setDraft({ title: post.title ?? '', text: post.text, mediaId: post.mediaId, keyEvent: post.keyEvent, pinned: post.pinned });
  }

  return (
    <div className="live-desk">
      <section aria-labelledby="trang-thai-truc-tiep" className="live-desk-state">
        <h2 id="trang-thai-truc-tiep" className="visually-hidden">
          Trạng thái
        </h2>
        {open ? (
          <p>
            <strong className="live-desk-badge">Đang diễn ra</strong> từ {formatShortDate(new Date(live.startedAt))}
            {!published && ' (bài chưa đăng: bạn đọc chưa thấy)'}
          </p>
        ) : live ? (
          <p>Đã kết thúc lúc {formatShortDate(new Date(live.endedAt!))}.</p>
        ) : (
          <p>Bài này chưa tường thuật trực tiếp.</p>
        )}
        {mayManage &&
          (open ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => confirm('Kết thúc tường thuật? Bạn đọc sẽ không nhận cập nhật mới nữa.') && run(() => endLiveAction({ id: articleId }))}
            >
              Kết thúc tường thuật
            </button>
          ) : (
            <button type="button" disabled={pending} onClick={() => run(() => startLiveAction({ id: articleId }))}>
              {live ? 'Mở lại tường thuật' : 'Bắt đầu tường thuật trực tiếp'}
            </button>
          ))}
      </section>

      {(open || editing) && (
        <form
          className="live-composer"
          aria-label={editing ? 'Sửa cập nhật' : 'Soạn cập nhật'}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label>
            Tiêu đề (không bắt buộc)
            <input value={draft.title} maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          </label>
          <label>
            Nội dung
            <textarea
              value={draft.text}
              rows={4}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
          </label>
          <PhotoChoice
            label="Ảnh của cập nhật"
            mediaId={draft.mediaId}
            onChoose={(media) => setDraft({ ...draft, mediaId: media.id })}
            onClear={() => setDraft({ ...draft, mediaId: null })}
          />
          <div className="live-composer-flags">
            <label>
              <input type="checkbox" checked={draft.keyEvent} onChange={(e) => setDraft({ ...draft, keyEvent: e.target.checked })} /> Diễn biến chính
            </label>
            {mayPost && (
              <label>
                <input type="checkbox" checked={draft.pinned} onChange={(e) => setDraft({ ...draft, pinned: e.target.checked })} /> Ghim lên đầu
              </label>
            )}
          </div>
          <div className="live-composer-actions">
            <button type="submit" disabled={pending}>
              {editing ? 'Lưu' : mayPost ? 'Đăng' : 'Gửi duyệt'}
            </button>
            {editing && (
              <button
                type="button"
                onClick={() => {
                  setEditing(null);
                  setDraft(EMPTY);
                }}
              >
                Hủy sửa
              </button>
            )}
            <span className="live-composer-hint">Ctrl+Enter để {mayPost ? 'đăng' : 'gửi'}</span>
          </div>
        </form>
      )}
      {message && (
        <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'live-desk-error' : undefined}>
          {message.text}
        </p>
      )}

      <section aria-labelledby="cac-cap-nhat">
        <h2 id="cac-cap-nhat">Các cập nhật ({posts.length})</h2>
        <ol className="live-desk-posts" aria-label="Các cập nhật">
          {posts.map((post) => (
            <li key={post.id} className={post.status === 'draft' ? 'live-desk-post is-draft' : 'live-desk-post'}>
              <p className="live-desk-meta">
                <time dateTime={post.at}>{formatClockTime(new Date(post.at))}</time>
                {post.author && ` · ${post.author}`}
                {post.status === 'draft' && <strong> · Chờ duyệt</strong>}
                {post.keyEvent && ' · Diễn biến chính'}
                {post.pinned && ' · Đang ghim'}
                {post.mediaId !== null && ' · Có ảnh'}
              </p>
              {post.title && <h3>{post.title}</h3>}
              <p className="live-desk-text">{post.text}</p>
              {post.mayChange && (
                <p className="live-desk-post-actions">
                  {mayPost && post.status === 'draft' && (
                    <button type="button" disabled={pending} onClick={() => run(() => approveLivePostAction({ postId: post.id }), 'Đã duyệt.')}>
                      Duyệt đăng
                    </button>
                  )}
                  <button type="button" disabled={pending} onClick={() => edit(post)}>
                    Sửa
                  </button>
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => confirm('Xóa cập nhật này?') && run(() => deleteLivePostAction({ postId: post.id }), 'Đã xóa.')}
                  >
                    Xóa
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
