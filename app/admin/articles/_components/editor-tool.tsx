'use client';

import { EditorIcon, type IconName } from './editor-icons';

type Props = {
  label: string;
  icon: IconName;
  /** As the writer types it ("Ctrl+B") and as aria-keyshortcuts names it ("Control+B"). */
  shortcut?: { shown: string; keys: string };
  /** A toggle's state (aria-pressed); left out for buttons that only act. */
  active?: boolean;
  /** Nothing to do now (Hoàn tác with no history): announced and greyed, yet still reachable. */
  unavailable?: boolean;
  onClick: () => void;
};

/** Ctrl+B as shown in a tooltip and as aria-keyshortcuts spells it. */
export const shortcut = (shown: string, ...more: string[]) => ({
  shown,
  keys: [shown, ...more].map((keys) => keys.replace('Ctrl', 'Control')).join(' '),
});

/**
 * An icon button of the body's toolbar, named in Vietnamese; its tooltip adds the shortcut.
 * Mousedown is cancelled so the editor keeps its selection and the button acts where the cursor
 * is. An unavailable button is aria-disabled rather than disabled: a disabled one would drop the
 * keyboard focus resting on it (the toolbar's arrow keys keep every button in reach, as WAI-ARIA's
 * toolbar pattern advises).
 */
export function Tool({ label, icon, shortcut: keys, active, unavailable = false, onClick }: Props) {
  return (
    <button
      type="button"
      className="editor-tool"
      aria-label={label}
      title={keys ? `${label} (${keys.shown})` : label}
      aria-keyshortcuts={keys?.keys}
      aria-pressed={active}
      aria-disabled={unavailable || undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (!unavailable) onClick();
      }}
    >
      <EditorIcon name={icon} />
    </button>
  );
}
