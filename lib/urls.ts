/** Public path of an article: the id decides, the slugs are for people and search engines. */
export function articlePath(sectionSlug: string, slug: string, id: number): string {
  return `/${sectionSlug}/${slug}-${id}`;
}

/** The same article as a lite page: no JavaScript, inline CSS, photos on tap (app/(site)/[section]/[article]/ban-nhe). */
export const liteArticlePath = (articlePath: string) => `${articlePath}/ban-nhe`;

export const sectionPath = (slug: string) => `/${slug}`;
export const tagPath = (slug: string) => `/chu-de/${slug}`;
export const authorPath = (slug: string) => `/tac-gia/${slug}`;
export const eventPath = (slug: string) => `/su-kien/${slug}`;

/** Parses the trailing id of an article URL segment ("tong-cuc-...-21" → 21). */
export function parseArticleSegment(segment: string): { slug: string; id: number } | null {
  const match = /^(.*?)-?(\d{1,10})$/.exec(segment);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id > 0 ? { slug: match[1] ?? '', id } : null;
}
