// Vietnamese order for every alphabetical list (tags, staff, authors, sections with no set order):
// ICU's 'vi' collation puts a ă â, d đ, e ê, o ô ơ, u ư in the alphabet's order and tones after
// their letter, where a byte order puts "Bài mẫu" after "Biến đổi khí hậu" and Đ after Y.
// Pure: the server and the browser sort alike.

const collator = new Intl.Collator('vi', { numeric: true });

/** Compares two names in Vietnamese alphabetical order ("Tag 2" before "Tag 10"). */
export const compareVietnamese: (a: string, b: string) => number = collator.compare;

/** A copy of `items` in Vietnamese order of their names (ties keep their order). */
export function sortByVietnamese<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(nameOf(a), nameOf(b)));
}

/**
 * Sections as a list or a dropdown shows them: each top-level section in the given order (the
 * newsroom's), followed at once by its subsections in theirs, with their depth for the indent. A
 * subsection whose parent is not among `sections` stands on its own.
 */
export function sectionTreeOrder<T extends { id: number }>(
  sections: readonly T[],
  parentIdOf: (section: T) => number | null,
): { section: T; depth: 0 | 1 }[] {
  const ids = new Set(sections.map((section) => section.id));
  const isTop = (section: T) => {
    const parentId = parentIdOf(section);
    return parentId === null || !ids.has(parentId);
  };
  return sections
    .filter(isTop)
    .flatMap((top) => [
      { section: top, depth: 0 as const },
      ...sections.filter((child) => !isTop(child) && parentIdOf(child) === top.id).map((child) => ({ section: child, depth: 1 as const })),
    ]);
}

// The Vietnamese alphabet (with the f j w z of loanwords), in order: each letter one primary weight.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// A base letter and the mark that makes it another letter of the alphabet (NFD).
const MODIFIED: Record<string, string> = { 'a\u0306': 'ă', 'a\u0302': 'â', 'e\u0302': 'ê', 'o\u0302': 'ô', 'o\u031b': 'ơ', 'u\u031b': 'ư' };
// Tones in ICU's Vietnamese order (huyền, hỏi, ngã, sắc, nặng); none sorts first.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LEVEL_END = '\u0001';

/**
 * A text whose plain (binary) order is compareVietnamese's, for SQLite to sort and page by: ICU's
 * three levels written one after the other — letters of the Vietnamese alphabet (spaces, then
 * punctuation, then numbers by value, before letters), then tones, then case (lower first).
 * Punctuation other than spaces is ordered by code point, which ICU does not quite do.
 */
export function vietnameseSortKey(name: string): string {
  let primary = '';
  let tones = '';
  let cases = '';
  const units = name.normalize('NFD').match(/\d+|\P{M}\p{M}*/gu) ?? [];
  for (const unit of units) {
    const base = unit[0]!;
    const lower = base.toLocaleLowerCase('vi');
    const marks = unit.slice(1);
    if (/\d/.test(base)) {
      const digits = unit.replace(/^0+(?=\d)/, '');
      primary += `\u0004${String.fromCharCode(0x30 + digits.length)}${digits}`;
    } else if (/\s/.test(base)) primary += '\u0002';
    else if (!/\p{L}/u.test(base)) primary += `\u0003${base}`;
    else {
      const letter = [...marks].reduce((current, mark) => MODIFIED[current + mark] ?? current, lower);
      const rank = ALPHABET.indexOf(letter);
      primary += rank >= 0 ? String.fromCharCode(0x41 + rank) : `\u00ff${letter}`;
    }
    tones += String(1 + TONES.findIndex((tone) => marks.includes(tone)));
    cases += base === lower ? '0' : '1';
  }
  return primary + LEVEL_END + tones + LEVEL_END + cases;
}
