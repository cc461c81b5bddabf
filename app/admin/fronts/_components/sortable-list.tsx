'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef, type ReactNode } from 'react';
import { neighbourCoordinates } from './keyboard-coordinates';

// One ordered list that can be rearranged three ways: dragging the handle with a mouse or a finger,
// the handle's keyboard mode (Space to lift, arrows to move, Space to drop, Escape to cancel), and
// plain "Lên"/"Xuống" buttons. Every move is announced through the editor's polite live region;
// @dnd-kit's own region is assertive, so its announcements are left empty.

const SILENT = { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined };
const INSTRUCTIONS = {
  draggable:
    'Để sắp xếp: nhấn phím cách để nhấc lên, dùng phím mũi tên lên hoặc xuống để di chuyển, nhấn phím cách lần nữa để thả, phím Esc để hủy. Có thể dùng nút Lên và Xuống.',
};

export type MoveControls = { index: number; count: number; handle: ReactNode; moveBy: (delta: -1 | 1) => void };

type Props<T> = {
  items: T[];
  itemId: (item: T) => string;
  /** How an item is named in announcements and button labels: “khối “Tin chính””. */
  describe: (item: T) => string;
  label: string;
  onMove: (from: number, to: number) => void;
  announce: (text: string) => void;
  children: (item: T, controls: MoveControls) => ReactNode;
};

export function SortableList<T>({ items, itemId, describe, label, onMove, announce, children }: Props<T>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: neighbourCoordinates }),
  );
  const ids = items.map(itemId);
  // dnd-kit reports "over" on every pointer move; a place is announced once, when it changes.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const count = items.length;
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id));
  const nameOf = (id: UniqueIdentifier) => {
    const item = items[position(id)];
    return item === undefined ? '' : describe(item);
  };
  const where = (index: number) => `vị trí ${index + 1} trên ${count}`;

  const moveBy = (index: number, delta: -1 | 1) => {
    const item = items[index]!;
    const target = index + delta;
    if (target < 0 || target >= count) {
      announce(`${describe(item)} đã ở ${delta < 0 ? 'đầu' : 'cuối'} danh sách.`);
      return;
    }
    onMove(index, target);
    announce(`Đã chuyển ${describe(item)} ${delta < 0 ? 'lên' : 'xuống'}, nay ở ${where(target)}.`);
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    lastOver.current = active.id;
    announce(`Đã nhấc ${nameOf(active.id)}, đang ở ${where(position(active.id))}.`);
  };
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over || over.id === lastOver.current) return;
    lastOver.current = over.id;
    announce(`${nameOf(active.id)}: ${where(position(over.id))}.`);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = position(active.id);
    const to = over ? position(over.id) : from;
    const name = nameOf(active.id);
    if (to >= 0 && from !== to) onMove(from, to);
    announce(from === to || to < 0 ? `Đã thả ${name} tại chỗ cũ.` : `Đã thả ${name} ở ${where(to)}.`);
  };
  const onDragCancel = ({ active }: { active: { id: UniqueIdentifier } }) =>
    announce(`Đã hủy, ${nameOf(active.id)} về lại ${where(position(active.id))}.`);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{ announcements: SILENT, screenReaderInstructions: INSTRUCTIONS }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol aria-label={label} className="front-sortable">
          {items.map((item, index) => (
            <SortableItem key={ids[index]} id={ids[index]!} name={describe(item)}>
              {(handle) => children(item, { index, count, handle, moveBy: (delta) => moveBy(index, delta) })}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ id, name, children }: { id: string; name: string; children: (handle: ReactNode) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    attributes: { roleDescription: 'mục sắp xếp được' },
  });
  const handle = (
    <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} className="front-handle" aria-label={`Kéo để sắp xếp ${name}`}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? 'front-sortable-item is-dragging' : 'front-sortable-item'}
    >
      {children(handle)}
    </li>
  );
}

/** The "Lên"/"Xuống" pair beside a handle; at either end the button stays focusable and says why nothing moved. */
export function MoveButtons({ name, controls }: { name: string; controls: MoveControls }) {
  return (
    <span className="front-move">
      {controls.handle}
      <button type="button" aria-label={`Chuyển ${name} lên`} aria-disabled={controls.index === 0} onClick={() => controls.moveBy(-1)}>
        Lên
      </button>
      <button
        type="button"
        aria-label={`Chuyển ${name} xuống`}
        aria-disabled={controls.index === controls.count - 1}
        onClick={() => controls.moveBy(1)}
      >
        Xuống
      </button>
    </span>
  );
}
