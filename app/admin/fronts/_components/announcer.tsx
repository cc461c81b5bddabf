'use client';

import { useCallback, useState } from 'react';

/** A polite live region's text: moves are announced after whatever the reader is hearing. */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  // The same sentence twice (two moves to the top) must still be read: a no-break space tells them apart.
  const announce = useCallback((text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)), []);
  return { message, announce };
}

export function Announcer({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" className="visually-hidden">
      {message}
    </p>
  );
}
