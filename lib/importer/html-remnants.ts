import { decodeHTML } from 'entities';

// Scrapers copy the old CMS's markup along with its words: entities (&nbsp; &amp; &#7843;),
// line breaks (<br>), paragraph tags and stray inline tags. The scraped format is plain text, so
// breaks become line ends, block ends blank lines, other tags nothing; what a script or style
// element held is never text. Entities are decoded last, so an escaped "&lt;b&gt;" stays words.
const HIDDEN_ELEMENTS = /<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const LINE_BREAK = /<br\s*\/?>/gi;
const BLOCK_END = /<\/(p|div|h[1-6]|li|blockquote|tr|table|figure|figcaption)\s*>|<(p|div|h[1-6]|li|blockquote|tr|table|figure|figcaption)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
const MARKUP = /<[a-zA-Z/!]/;

/** Turns HTML left in scraped text into the plain-text format; text without any passes through. */
export function cleanHtmlRemnants(text: string): string {
  const hasMarkup = MARKUP.test(text);
  if (!hasMarkup && !ENTITY.test(text)) return text;
  const withoutTags = hasMarkup
    ? text
        .replace(HIDDEN_ELEMENTS, '')
        .replace(COMMENTS, '')
        .replace(LINE_BREAK, '\n')
        .replace(BLOCK_END, '\n\n')
        .replace(ANY_TAG, '')
    : text;
  return decodeHTML(withoutTags);
}
