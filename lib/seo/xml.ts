// Helpers shared by the sitemap and feed builders.

// Characters XML 1.0 forbids outright; a stray control character from an imported text would
// otherwise make the whole file unparseable.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element or attribute; Vietnamese letters stay as UTF-8. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// Vietnam has had no daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** A W3C datetime in Vietnam time with its zone: "2023-07-14T10:25:00+07:00". */
export function w3cDateTime(date: Date): string {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}

/** The Vietnam-time calendar month of a date, as "2023-07". */
export function vietnamMonth(date: Date): string {
  return new Date(date.getTime() + VIETNAM_OFFSET_MINUTES * 60_000).toISOString().slice(0, 7);
}

export const VIETNAM_OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;
