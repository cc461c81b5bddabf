'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** How often an open editor says it is still there (lib/data/articles/presence.ts forgets it after 20 s). */
const HEARTBEAT_MS = 5_000;

export type Presence = {
  others: { userId: number; name: string }[];
  takenOverBy: { userId: number; name: string } | null;
};

/** This tab's heartbeat on an article: who else has it open, and whether someone took it over. */
export function usePresence(articleId: number | null) {
  const [presence, setPresence] = useState<Presence>({ others: [], takenOverBy: null });
  const clientId = useRef<string | null>(null);

  const send = useCallback(
    async (takeOver = false) => {
      if (articleId === null) return;
      clientId.current ??= crypto.randomUUID();
      try {
        const response = await fetch(`/api/presence/${articleId}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ clientId: clientId.current, takeOver }),
        });
        if (response.ok) setPresence((await response.json()) as Presence);
      } catch {
        // Offline: the editor's own save problem says so; presence resumes with the network.
      }
    },
    [articleId],
  );

  useEffect(() => {
    if (articleId === null) return;
    void send();
    const timer = window.setInterval(() => void send(), HEARTBEAT_MS);
    const leave = () => {
      if (!clientId.current) return;
      void fetch(`/api/presence/${articleId}`, {
        method: 'DELETE',
        keepalive: true,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ clientId: clientId.current }),
      }).catch(() => undefined);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [articleId, send]);

  return { ...presence, takeOver: () => send(true) };
}
