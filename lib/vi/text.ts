// Vietnamese text primitives. Đ/đ has no Unicode decomposition, so NFD alone never folds it to d.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// NBSP, narrow NBSP, zero-width and other Unicode spaces that scraped text carries.
const UNICODE_SPACES = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** NFC-normalises text and collapses every kind of whitespace to single spaces. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(UNICODE_SPACES, ' ').trim();
}

/** Removes tone marks and diacritics, maps đ→d and Đ→D, and lower-cases: "Đảng ủy" → "dang uy". */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** URL slug from Vietnamese text: "Đảng ủy Quân sự" → "dang-uy-quan-su". */
export function slugify(input: string, maxLength = 80): string {
  const slug = foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // Cut at a word boundary when one is reasonably close, so slugs do not end mid-word.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** "TRẦN ANH MINH" → "Trần Anh Minh", using Vietnamese casing rules. */
export function toTitleCase(input: string): string {
  return normalizeText(input)
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('vi'));
}
