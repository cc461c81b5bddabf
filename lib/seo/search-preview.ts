// How a search result would show the article: Google cuts a title past about 600 px (some 60
// characters of Vietnamese text) and a description past about 160 characters, at a word.

export const SEARCH_TITLE_CHARS = 60;
export const SEARCH_DESCRIPTION_CHARS = 160;

function cut(text: string, max: number): { text: string; cut: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { text: clean, cut: false };
  const space = clean.lastIndexOf(' ', max);
  return { text: `${clean.slice(0, space > max / 2 ? space : max).trimEnd()} …`, cut: true };
}

/** The result's title and snippet from the SEO fields, falling back to the headline and lead as the page does. */
export function searchPreview(fields: { title: string; lead: string; seoTitle: string; seoDescription: string }) {
  const title = cut(fields.seoTitle || fields.title, SEARCH_TITLE_CHARS);
  const description = cut(fields.seoDescription || fields.lead, SEARCH_DESCRIPTION_CHARS);
  return { title: title.text, titleCut: title.cut, description: description.text, descriptionCut: description.cut };
}
