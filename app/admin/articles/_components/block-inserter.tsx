'use client';

import type { Editor } from '@tiptap/react';
import { FloatingMenu } from '@tiptap/react/menus';
import { useEffect, useId, useRef, useState } from 'react';
import { BLOCK_CHOICES, type BlockChoice } from './block-choices';
import { EditorIcon } from './editor-icons';

// Ghost's "+" on an empty line: Tiptap's floating menu shows it wherever the cursor sits on an
// empty paragraph; it opens the list of blocks, which "/" typed there opens too
// (slash-opens-inserter.ts). The list is a menu: arrow keys move, Enter chooses, Esc goes back to
// the text. Loaded on the body's first focus (body-editor.tsx), with Tiptap's menus and Floating UI.

// Beside the empty line, on the other side when there is no room; kept in the viewport. A constant:
// the floating menu dispatches a transaction whenever its props change, and one dispatched between
// a click and ProseMirror reading the click's selection put the old selection back (typing then
// replaced a photo block). Its default shouldShow (focused, on an empty top-level line) is ours.
const PLACEMENT = { placement: 'left', offset: 6, flip: {}, shift: { padding: 4 } } as const;

type Props = {
  editor: Editor;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The embed asks for its URL in the toolbar's form. */
  onEmbed: () => void;
};

export function BlockInserter({ editor, open, onOpenChange, onEmbed }: Props) {
  const menuId = useId();
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  function close() {
    onOpenChange(false);
    setActive(0);
    editor.commands.focus();
  }

  function choose(block: BlockChoice) {
    onOpenChange(false);
    setActive(0);
    if (block.asksForUrl) onEmbed();
    else block.insert?.(editor);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const last = BLOCK_CHOICES.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key]!);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    }
  }

  return (
    <FloatingMenu
      editor={editor}
      className="editor-inserter"
      options={PLACEMENT}
    >
      <button
        type="button"
        className="editor-tool editor-inserter-toggle"
        aria-label="Chèn khối"
        title="Chèn khối (gõ / ở dòng trống)"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? close() : onOpenChange(true))}
      >
        <EditorIcon name="plus" />
      </button>
      {open && (
        <div role="menu" id={menuId} aria-label="Chèn khối" className="editor-inserter-menu" onKeyDown={onKeyDown}>
          {BLOCK_CHOICES.map((block, index) => (
            <button
              key={block.key}
              ref={(el) => {
                items.current[index] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              onClick={() => choose(block)}
            >
              <EditorIcon name={block.icon} />
              {block.label}
            </button>
          ))}
        </div>
      )}
    </FloatingMenu>
  );
}
