'use client';

import { useEffect, type ReactNode, type Ref } from 'react';
import { EditorIcon } from './editor-icons';

/** From this width the settings sit beside the text; below it they open as a sheet. */
const BESIDE_THE_TEXT = '(min-width: 64rem)';

type Props = {
  dialogRef: React.RefObject<HTMLDialogElement | null>;
  children: ReactNode;
};

/**
 * The article's settings in one <dialog>: left open (non-modal) as a side panel on wide screens,
 * where CSS keeps it beside the text; on phones CSS hides it until "Thiết lập bài" opens it modally
 * as a sheet, and the browser traps focus there, closes it on Esc and returns focus to the button.
 */
export function SettingsPanel({ dialogRef, children }: Props) {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const wide = window.matchMedia(BESIDE_THE_TEXT);
    // The sheet closed on a phone opens again as the side panel once the window is wide.
    const place = () => {
      if (wide.matches && !dialog.open) dialog.setAttribute('open', '');
    };
    place();
    wide.addEventListener('change', place);
    return () => wide.removeEventListener('change', place);
  }, [dialogRef]);
  return (
    <dialog
      ref={dialogRef as Ref<HTMLDialogElement>}
      // Rendered open so the side panel is there from the first paint; on phones CSS hides it.
      open
      aria-labelledby="thiet-lap-bai"
      className="editor-settings"
    >
      <div className="editor-settings-head">
        <h2 id="thiet-lap-bai">Thiết lập bài</h2>
        <button
          type="button"
          className="editor-tool editor-settings-close"
          aria-label="Đóng thiết lập"
          title="Đóng thiết lập (Esc)"
          onClick={() => dialogRef.current?.close()}
        >
          <EditorIcon name="close" />
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** Opens the settings as a sheet (phones); beside the text they are already open. */
export function openSettingsSheet(dialog: HTMLDialogElement | null) {
  if (!dialog || dialog.matches(':modal')) return;
  // Open as the (hidden) side panel: showModal() refuses an open dialog.
  dialog.close();
  dialog.showModal();
}
