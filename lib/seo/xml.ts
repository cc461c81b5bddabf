// Helpers shared by the sitemap and feed builders (dates come from lib/vi/time).

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
