import type { ArticleDetail } from '@/lib/data/dto';
import type { Credit } from './credits';
import { cropPath, cropSize } from './crops';
import { IMAGE_RATIOS } from './json-ld';
import { absoluteUrl } from './site';

// What search engines are told about one article, derived from what its page shows.

export function articleCredits(article: Pick<ArticleDetail, 'bylines'>): Credit[] {
  return article.bylines.map((b) => ({ role: b.role, label: b.label, name: b.name, url: b.authorPath ? absoluteUrl(b.authorPath) : null }));
}

/** The cover photo in 16:9, 4:3 and 1:1, or nothing when the article has no photo. */
export function articleImages(article: Pick<ArticleDetail, 'cover'>): { url: string; width: number; height: number }[] {
  const cover = article.cover;
  if (!cover) return [];
  return IMAGE_RATIOS.flatMap((ratio) => {
    const path = cropPath(cover.src, ratio.name);
    return path ? [{ url: absoluteUrl(path), ...cropSize(cover.width, cover.height, ratio.name) }] : [];
  });
}

/** The share image: the 16:9 crop (1,200 px wide when the photo allows) with the photo's alt text. */
export function shareImage(article: Pick<ArticleDetail, 'cover' | 'title'>) {
  const [wide] = articleImages(article);
  return wide && article.cover ? { ...wide, alt: article.cover.alt || article.title } : null;
}

export function bodyWordCount(article: Pick<ArticleDetail, 'body' | 'lead'>): number {
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
