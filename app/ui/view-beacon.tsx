'use client';

import { useEffect } from 'react';

/** Tells the server a reader opened this article; pages stay cacheable because counting is here. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    navigator.sendBeacon?.('/api/views', String(articleId));
  }, [articleId]);
  return null;
}
