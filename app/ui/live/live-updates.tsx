'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { documentPage, schedulePolls } from './poll-schedule';

/** What /api/live/{id}?sau={n} answers (app/api/live/[id]/route.ts). */
export type LivePoll = { seq: number; ended: boolean; posts: { id: number; html: string }[]; removed: number[] };

type Props = { articleId: number; changeSeq: number };

/**
 * Polls the live page's changes. New posts wait behind a "N cập nhật mới" button (also counted in
 * the tab title) and are inserted above the stream without moving what the reader is reading;
 * edits and deletions of posts on the page apply at once, likewise. Polls as poll-schedule.ts
 * says (backing off in a hidden tab) and stops when the live ends.
 */
export function LiveUpdates({ articleId, changeSeq }: Props) {
  const [waiting, setWaiting] = useState<{ id: number; html: string }[]>([]);
  const [shown, setShown] = useState<{ id: number; html: string }[]>([]);
  const [ended, setEnded] = useState(false);
  const seq = useRef(changeSeq);
  const anchor = useRef<{ id: string; top: number } | null>(null);

  // A reader inside the stream keeps the post they are reading where it is while posts are
  // inserted or changed above it; a reader at its top sees them arrive.
  function holdScroll(change: () => void) {
    const stream = document.querySelector('.live-stream');
    const posts = stream && stream.getBoundingClientRect().top < 0 ? [...stream.querySelectorAll('[data-post]')] : [];
    const first = posts.find((element) => element.getBoundingClientRect().bottom > 0);
    anchor.current = first ? { id: first.id, top: first.getBoundingClientRect().top } : null;
    change();
  }
  useLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    const element = held && document.getElementById(held.id);
    if (held && element) window.scrollBy(0, element.getBoundingClientRect().top - held.top);
  });

  useEffect(() => {
    if (ended) return;
    const poll = async () => {
      // Never the browser's copy: its age would add to the proxy's (poll-schedule.ts's bound).
      const response = await fetch(`/api/live/${articleId}?sau=${seq.current}`, { cache: 'no-store' });
      if (!response.ok) return true;
      const answer = (await response.json()) as LivePoll;
      apply(answer);
      return !answer.ended;
    };
    const apply = (answer: LivePoll) => {
      seq.current = answer.seq;
      holdScroll(() => {
        for (const post of answer.posts) {
          const onPage = document.getElementById(`post-${post.id}`);
          if (onPage && !onPage.closest('.live-new')) onPage.outerHTML = post.html;
        }
        for (const id of answer.removed) {
          const onPage = document.getElementById(`post-${id}`);
          if (onPage && !onPage.closest('.live-new')) onPage.closest('li')?.remove();
        }
        const fresh = answer.posts.filter((post) => !document.getElementById(`post-${post.id}`));
        const replace = (list: { id: number; html: string }[]) =>
          list
            .filter((item) => !answer.removed.includes(item.id))
            .map((item) => answer.posts.find((post) => post.id === item.id) ?? item);
        setShown((current) => replace(current));
        setWaiting((current) => {
          const kept = replace(current);
          return [...fresh.filter((post) => !kept.some((item) => item.id === post.id)).reverse(), ...kept];
        });
      });
      if (answer.ended) setEnded(true);
    };
    return schedulePolls(poll, documentPage);
  }, [articleId, ended]);

  // The count in the tab title, for a reader in another tab.
  useEffect(() => {
    const base = document.title.replace(/^\(\d+\) /, '');
    document.title = waiting.length > 0 ? `(${waiting.length}) ${base}` : base;
  }, [waiting.length]);

  return (
    <>
      {waiting.length > 0 && (
        <button type="button" className="live-new-button" onClick={() => holdScroll(() => {
          setShown((current) => [...waiting, ...current]);
          setWaiting([]);
        })}>
          {waiting.length} cập nhật mới
        </button>
      )}
      {ended && <p role="status" className="live-ended-note">Tường thuật đã kết thúc. Tải lại trang để xem bản đầy đủ.</p>}
      {shown.length > 0 && (
        <ol className="live-posts live-new" aria-label="Cập nhật mới">
          {shown.map((post) => (
            // Markup the server rendered from a validated post body (LivePostView), never the reader's input.
            <li key={post.id} dangerouslySetInnerHTML={{ __html: post.html }} />
          ))}
        </ol>
      )}
    </>
  );
}
