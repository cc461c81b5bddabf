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
