'use client';

import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

// WAI-ARIA's toolbar pattern: the toolbar is one stop for Tab (the button used last, the first at
// the start); ←/→ move between its buttons, wrapping round, Home and End go to the ends.
// Hand-written: the roving tabindex is a dozen lines, a library for it would outweigh them.

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

type Props = { label: string; className: string; children: ReactNode };

/** A role=toolbar whose buttons are reached with the arrow keys, one tab stop for all of them. */
export function RovingToolbar({ label, className, children }: Props) {
  const toolbar = useRef<HTMLDivElement>(null);
  const current = useRef<HTMLButtonElement | null>(null);
  const buttons = () => [...(toolbar.current?.querySelectorAll('button') ?? [])];

  // Buttons come and go with the selection (Bỏ liên kết): after each render exactly one of them,
  // the last used while it is still there, is in the tab order.
  useLayoutEffect(() => {
    const all = buttons();
    const stop = current.current && all.includes(current.current) ? current.current : all[0];
    for (const button of all) button.tabIndex = button === stop ? 0 : -1;
  });

  function onKeyDown(e: KeyboardEvent) {
    const all = buttons();
    const at = all.indexOf(e.target as HTMLButtonElement);
    const move = MOVES[e.key];
    if (at < 0 || !move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    all[move(at, all.length)]?.focus();
  }

  return (
    <div
      ref={toolbar}
      role="toolbar"
      aria-label={label}
      className={className}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (!(e.target instanceof HTMLButtonElement)) return;
        current.current = e.target;
        for (const button of buttons()) button.tabIndex = button === e.target ? 0 : -1;
      }}
    >
      {children}
    </div>
  );
}
