import { cropPath, cropSize, IMAGE_RATIOS, type ImageRatio } from '@/lib/media/crops';
import type { FocalPoint } from '@/lib/media/focal';
import type { Credit } from './credits';
import { absoluteUrl } from './site';

// What search engines are told about one article, derived from what its page shows. The inputs
// name only the fields used (lib/data's ArticleDetail has them all), so this helper stays below
// the data layer.

type Photo = { src: string; width: number; height: number; alt: string; focal?: FocalPoint | null };
type Byline = Omit<Credit, 'url'> & { authorPath: string | null };

export function articleCredits(article: { bylines: Byline[] }): Credit[] {
  return article.bylines.map((b) => ({ role: b.role, label: b.label, name: b.name, url: b.authorPath ? absoluteUrl(b.authorPath) : null }));
}

/** The generated share card of an article without a photo: "/anh/chia-se/16x9/42.png". */
function shareCardPath(articleId: number, ratio: ImageRatio): string {
  return `/anh/chia-se/${ratio}/${articleId}.png`;
}

/**
 * The article's photo in 16:9, 4:3 and 1:1; without a photo, its generated share card at each
 * ratio, so every article has a large image for link previews and Google Discover.
 */
export function articleImages(article: { id: number; photo: Photo | null }): { url: string; width: number; height: number }[] {
  const photo = article.photo;
  return IMAGE_RATIOS.map((ratio) => {
    const crop = photo && cropPath(photo.src, ratio.name, photo.focal ?? null);
    return crop
      ? { url: absoluteUrl(crop), ...cropSize(photo.width, photo.height, ratio.name) }
      : { url: absoluteUrl(shareCardPath(article.id, ratio.name)), width: ratio.width, height: ratio.height };
  });
}

/** The share image: the 16:9 image (1,200 px wide when the photo allows) with the photo's alt text, or the headline for a card. */
export function shareImage(article: { id: number; photo: Photo | null; title: string }) {
  const [wide] = articleImages(article);
  return wide ? { ...wide, alt: article.photo?.alt || article.title } : null;
}

export function bodyWordCount(article: { body: unknown; lead: string }): number {
  const text: string[] = [article.lead];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { text?: unknown; content?: unknown };
    if (typeof n.text === 'string') text.push(n.text);
    if (Array.isArray(n.content)) n.content.forEach(walk);
  };
  walk(article.body);
  return text.join(' ').split(/\s+/).filter(Boolean).length;
}
