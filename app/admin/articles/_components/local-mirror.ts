// Every keystroke is mirrored to this browser's storage, so text survives a crash, a closed tab
// or an expired session even before the server has it.

type Mirror = { version: number | null; at: string; snapshot: unknown };

const key = (id: number | null) => `toasoan:ban-nhap:${id ?? 'moi'}`;

export function writeMirror(id: number | null, version: number | null, snapshot: unknown): void {
  try {
    localStorage.setItem(
      key(id),
      JSON.stringify({ version, at: new Date().toISOString(), snapshot } satisfies Mirror),
    );
  } catch {
    // Storage full or disabled: the server copy and the open editor still hold the text.
  }
}

export function readMirror(id: number | null): Mirror | null {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as Mirror) : null;
  } catch {
    return null;
  }
}

export function clearMirror(id: number | null): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
