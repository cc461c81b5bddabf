import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow Up/Down move the lifted item one place: its centre onto the neighbour's centre, so the
 * centre-based collision picks that neighbour whatever the two items' heights. (@dnd-kit's
 * sortableKeyboardCoordinates aligns edges instead, and a tall container lifted past a short one
 * stayed where it was.)
 */
export const neighbourCoordinates: KeyboardCoordinateGetter = (event, { context: { active, over, collisionRect, droppableRects, droppableContainers } }) => {
  const step = event.code === KeyboardCode.Down ? 1 : event.code === KeyboardCode.Up ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;
  // Rects are measured where the items stood when the drag began: their order is the list's order.
  const places = droppableContainers
    .getEnabled()
    .flatMap((entry) => {
      const rect = droppableRects.get(entry.id);
      return rect ? [{ id: entry.id, rect }] : [];
    })
    .sort((a, b) => a.rect.top - b.rect.top);
  const here = places.findIndex((place) => place.id === (over?.id ?? active.id));
  const target = places[here + step];
  if (here < 0 || !target) return undefined;
  return { x: collisionRect.left, y: target.rect.top + target.rect.height / 2 - collisionRect.height / 2 };
};
