'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
// The body blocks' styles ride with this module, which every page showing a body loads; the lite
// page (a route handler, no bundle) carries its own in lite-styles.ts.
import { useHydrated } from './use-hydrated';

type Props = { label: string; count: number; children: ReactNode };

/**
 * Turns a gallery's list of figures into a carousel: the list already scrolls sideways with
 * snapping (CSS, and swiping on a phone); this adds previous/next buttons and "2/5" once
 * JavaScript runs. Without it the figures stay a scrollable, focusable list.
 */
export function GalleryCarousel({ label, count, children }: Props) {
  const track = useRef<HTMLUListElement>(null);
  const [current, setCurrent] = useState(0);
  const enhanced = useHydrated();

  useEffect(() => {
    const list = track.current;
    if (!list) return;
    const onScroll = () => setCurrent(Math.round(list.scrollLeft / Math.max(1, list.clientWidth)));
    list.addEventListener('scroll', onScroll, { passive: true });
    return () => list.removeEventListener('scroll', onScroll);
  }, []);

  function go(index: number) {
    const list = track.current;
    const target = Math.min(count - 1, Math.max(0, index));
    const item = list?.children[target] as HTMLElement | undefined;
    if (!list || !item) return;
    // Scrolls the strip only: scrollIntoView would also move the page to the gallery.
    list.scrollTo({ left: item.offsetLeft - list.offsetLeft, behavior: 'smooth' });
    setCurrent(target);
  }

  return (
    <section className="gallery" aria-label={label} data-enhanced={enhanced || undefined}>
      <ul ref={track} className="gallery-track" tabIndex={0} aria-label={`${label}: vuốt hoặc dùng phím mũi tên để xem`}>
        {children}
      </ul>
      {enhanced && count > 1 && (
        <div className="gallery-controls">
          <button type="button" onClick={() => go(current - 1)} disabled={current === 0} aria-label="Ảnh trước">
            ‹
          </button>
          <span aria-live="polite">
            {current + 1}/{count}
          </span>
          <button type="button" onClick={() => go(current + 1)} disabled={current >= count - 1} aria-label="Ảnh sau">
            ›
          </button>
        </div>
      )}
    </section>
  );
}
