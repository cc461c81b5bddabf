import type { ReactNode } from 'react';

// The writing screen's icons, drawn inline (no icon font, nothing fetched). Each is decorative:
// the button around it carries the Vietnamese name, so screen readers skip the drawing.

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="editor-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const Letters = ({ text, italic = false }: { text: string; italic?: boolean }) => (
  <text
    x="12"
    y="17.5"
    textAnchor="middle"
    fill="currentColor"
    stroke="none"
    fontFamily="Georgia, serif"
    fontSize={text.length > 1 ? 13 : 18}
    fontWeight={italic ? 400 : 700}
    fontStyle={italic ? 'italic' : 'normal'}
  >
    {text}
  </text>
);

export const ICONS = {
  bold: <Letters text="B" />,
  italic: <Letters text="I" italic />,
  h2: <Letters text="H2" />,
  h3: <Letters text="H3" />,
  paragraph: <path d="M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 0 0 0 9H13" />,
  bulletList: (
    <>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="4.5" cy="6" r="1" fill="currentColor" />
      <circle cx="4.5" cy="12" r="1" fill="currentColor" />
      <circle cx="4.5" cy="18" r="1" fill="currentColor" />
    </>
  ),
  orderedList: (
    <>
      <path d="M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 9h3M3.5 14.5a1.5 1.5 0 0 1 3 .3c0 .8-3 2.2-3 4.2h3" />
    </>
  ),
  quote: <path d="M4 17h5v-5H5.5c0-3 1-4.5 3.5-5M14 17h5v-5h-3.5c0-3 1-4.5 3.5-5" />,
  link: <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />,
  unlink: <path d="M15 12l3.7-3.7a4 4 0 0 0-5.7-5.7L9.3 6.3M9 12l-3.7 3.7a4 4 0 0 0 5.7 5.7l3.7-3.7M4 4l16 16" />,
  photo: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.5" />
      <path d="M21 16l-5-5-8 8" />
    </>
  ),
  gallery: (
    <>
      <rect x="7" y="3" width="14" height="12" rx="2" />
      <path d="M17 19H5a2 2 0 0 1-2-2V7M21 12l-4-4-6 6" />
    </>
  ),
  table: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 10h18M3 15h18M9 4v16M15 4v16" />
    </>
  ),
  embed: (
    <>
      <rect x="2" y="5" width="20" height="14" rx="3" />
      <path d="M10 9l5 3-5 3z" fill="currentColor" />
    </>
  ),
  pullQuote: (
    <>
      <path d="M3 4h18M3 20h18" />
      <path d="M6 15h4v-4H7.5c0-2 .8-3 2.5-3.5M14 15h4v-4h-2.5c0-2 .8-3 2.5-3.5" />
    </>
  ),
  infoBox: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="2" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
  undo: <path d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
  plus: <path d="M12 5v14M5 12h14" />,
  settings: (
    <>
      <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" />
      <circle cx="16" cy="6" r="2" />
      <circle cx="10" cy="12" r="2" />
      <circle cx="18" cy="18" r="2" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6L6 18" />,
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof ICONS;

/** One of the icons above, sized for a toolbar button. */
export function EditorIcon({ name }: { name: IconName }) {
  return <Icon>{ICONS[name]}</Icon>;
}
