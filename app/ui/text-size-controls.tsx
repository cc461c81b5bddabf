'use client';

import { useSyncExternalStore } from 'react';
import { MAX_TEXT_SIZE, MIN_TEXT_SIZE, TEXT_SIZE_KEY } from './text-size';

// The step lives on <html> (the inline script puts the remembered one there before the first
// paint); the buttons read it from there and re-render when they change it.
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentStep() {
  return Number(document.documentElement.dataset.textSize ?? 0);
}

function setStep(step: number) {
  const root = document.documentElement;
  if (step === 0) delete root.dataset.textSize;
  else root.dataset.textSize = String(step);
  try {
    if (step === 0) localStorage.removeItem(TEXT_SIZE_KEY);
    else localStorage.setItem(TEXT_SIZE_KEY, String(step));
  } catch {
    // Storage disabled: the size holds for this page only.
  }
  for (const listener of listeners) listener();
}

/**
 * A− / A+ for the reading text; at either end the button stays focusable but does nothing. Each
 * button's name starts with what it shows, so a reader who says "A+" to voice control reaches it
 * (WCAG 2.5.3, label in name).
 */
export function TextSizeControls() {
  const step = useSyncExternalStore(subscribe, currentStep, () => 0);
  const buttons = [
    { label: 'Giảm cỡ chữ', text: 'A−', next: step - 1, atLimit: step <= MIN_TEXT_SIZE },
    { label: 'Tăng cỡ chữ', text: 'A+', next: step + 1, atLimit: step >= MAX_TEXT_SIZE },
  ];
  return (
    <div className="text-size" role="group" aria-label="Cỡ chữ">
      {buttons.map(({ label, text, next, atLimit }) => (
        <button
          key={label}
          type="button"
          aria-label={`${text} ${label}`}
          title={label}
          aria-disabled={atLimit}
          onClick={() => atLimit || setStep(next)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
