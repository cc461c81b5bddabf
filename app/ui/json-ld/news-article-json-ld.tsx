import type { ArticleDetail } from '@/lib/data/dto';
import { newsArticleLd } from '@/lib/seo/json-ld';
import { clampDescription } from '@/lib/seo/metadata';
import { absoluteUrl, sitePublisher } from '@/lib/seo/site';
import { articleCredits, articleImages, bodyWordCount } from '@/lib/seo/article-seo';
import { w3cDateTime } from '@/lib/vi/time';
import { JsonLdScript } from './json-ld-script';

/** NewsArticle for an article page; `modifiedAt` includes correction notes. */
export function NewsArticleJsonLd({ article, modifiedAt }: { article: ArticleDetail; modifiedAt: string }) {
  const data = newsArticleLd({
    url: absoluteUrl(article.path),
    headline: article.title,
    description: clampDescription(article.seoDescription || article.lead, 300),
    datePublished: w3cDateTime(new Date(article.publishedAt)),
    dateModified: modifiedAt,
    section: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    credits: articleCredits(article),
    images: articleImages(article),
    imageCaption: article.photo?.alt || undefined,
    publisher: sitePublisher(),
    wordCount: bodyWordCount(article),
  });
  return <JsonLdScript data={data} />;
}
