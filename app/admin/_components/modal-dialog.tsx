'use client';

import { useId } from 'react';
import { createPortal } from 'react-dom';

type Props = {
  title: string;
  onClose: () => void;
  children: React.ReactNode;
  className?: string;
};

/**
 * A modal <dialog> titled by its heading. The browser does the accessibility work: focus moves
 * into it when it opens, Esc closes it, the page behind is inert and focus returns on close.
 * Portalled to <body>, so a dialog opened from inside a form or the body editor is not part of it.
 */
export function ModalDialog({ title, onClose, children, className }: Props) {
  const headingId = useId();
  return createPortal(
    <dialog
      ref={(el) => {
        if (el && !el.open) el.showModal();
      }}
      onClose={onClose}
      aria-labelledby={headingId}
      className={`admin-dialog ${className ?? ''}`}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>,
    document.body,
  );
}

type ConfirmProps = {
  title: string;
  /** What will happen, in a sentence or two. */
  message: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
};

/** "Are you sure?" for an action that cannot be taken back; the Server Action still decides. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, busy = false }: ConfirmProps) {
  return (
    <ModalDialog title={title} onClose={onCancel}>
      <p>{message}</p>
      <p className="admin-dialog-buttons">
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
        <button type="button" className="admin-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </p>
    </ModalDialog>
  );
}
