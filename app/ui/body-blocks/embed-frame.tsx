'use client';

import { useEffect, useRef, useState } from 'react';
import { useHydrated } from './use-hydrated';

type Props = {
  frameSrc: string;
  title: string;
  platform: string;
  kind: string;
  /** The platform's thumbnail, stored on this site when the article was saved. */
  poster: { src: string; width: number; height: number } | null;
};

/**
 * The facade's one interactive part: nothing is fetched from the platform until the reader
 * presses the button, which replaces the poster with that one frame. The button appears once
 * JavaScript runs; before that, and without it, the link under the poster leads to the original.
 */
export function EmbedFrame({ frameSrc, title, platform, kind, poster }: Props) {
  const ready = useHydrated();
  const [loaded, setLoaded] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (loaded) frame.current?.focus();
  }, [loaded]);

  if (loaded) {
    return (
      <iframe
        ref={frame}
        className="embed-frame"
        src={frameSrc}
        title={`${platform}: ${title}`}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"
      />
    );
  }
  return (
    // Without a poster (Facebook, X and Google Maps give none without an API token) CSS draws
    // the platform's mark in its place: a placeholder, not an empty box.
    <div className={poster ? 'embed-poster' : 'embed-poster embed-poster-none'}>
      {poster && (
        // A small WebP of our own (lib/media/embed-thumbnails.ts): next/image would add nothing.
        <img
          className="embed-poster-image"
          src={poster.src}
          width={poster.width}
          height={poster.height}
          loading="lazy"
          decoding="async"
          alt={`Ảnh xem trước ${kind}: ${title}`}
        />
      )}
      <span className="embed-poster-platform" aria-hidden="true">
        {platform}
      </span>
      {ready && (
        <button type="button" className="embed-load" onClick={() => setLoaded(true)}>
          <span aria-hidden="true">▶ </span>
          Xem {kind} {platform}
          <span className="visually-hidden">: {title}</span>
          <span className="embed-load-note">Nội dung tải từ {platform}</span>
        </button>
      )}
    </div>
  );
}
