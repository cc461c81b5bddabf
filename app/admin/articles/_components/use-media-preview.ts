'use client';

import { useEffect, useState } from 'react';
import type { MediaItem } from '@/lib/data/dto';

/** The library entry for one photo id (null while loading, missing or none). */
export function useMediaPreview(mediaId: number | null) {
  const [item, setItem] = useState<MediaItem | null>(null);
  useEffect(() => {
    if (!mediaId) return;
    if (item?.id === mediaId) return;
    const controller = new AbortController();
    fetch(`/api/media?ids=${mediaId}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ items: MediaItem[] }>) : { items: [] }))
      .then(({ items }) => setItem(items[0] ?? null))
      .catch(() => {
        if (!controller.signal.aborted) setItem(null);
      });
    return () => controller.abort();
  }, [mediaId, item?.id]);
  // A photo just picked is already known; remember it so the preview needs no round trip.
  return { item: item && item.id === mediaId ? item : null, remember: setItem };
}
