import { creditsToSchema, type Credit } from './credits';

// Builders for schema.org JSON-LD. They take absolute URLs and plain values, so they stay pure
// and testable; app/ui/json-ld renders them.

export type JsonLd = Record<string, unknown>;

export type LogoImage = { url: string; width: number; height: number };
export type Publisher = { name: string; url: string; logo: LogoImage };

export type NewsArticleInput = {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  section: string;
  keywords: string[];
  credits: Credit[];
  /** One image per aspect ratio: crops of the article's photo, or its generated share cards. */
  images: { url: string; width: number; height: number }[];
  imageCaption?: string;
  publisher: Publisher;
  wordCount?: number;
};

export function publisherLd(publisher: Publisher): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${publisher.url}/#publisher`,
    name: publisher.name,
    url: `${publisher.url}/`,
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
}

/** Google's headline limit is 110 characters; longer ones are cut at a word with an ellipsis. */
export function clampHeadline(headline: string, max = 110): string {
  if (headline.length <= max) return headline;
  const cut = headline.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export function newsArticleLd(input: NewsArticleInput): JsonLd {
  const { author, contributor, photographers } = creditsToSchema(input.credits);
  const images = input.images.map((image) => ({
    '@type': 'ImageObject',
    url: image.url,
    width: image.width,
    height: image.height,
    ...(input.imageCaption ? { caption: input.imageCaption } : {}),
    ...(photographers.length > 0 ? { creditText: photographers.join(', ') } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: clampHeadline(input.headline),
    description: input.description,
    ...(images.length > 0 ? { image: images } : {}),
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    // Without a credited person or source the paper itself is the author.
    author: author.length > 0 ? author : [{ '@type': 'Organization', name: input.publisher.name, url: `${input.publisher.url}/` }],
    ...(contributor.length > 0 ? { contributor } : {}),
    publisher: publisherLd(input.publisher),
    articleSection: input.section,
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    inLanguage: 'vi',
    isAccessibleForFree: true,
    ...(input.wordCount ? { wordCount: input.wordCount } : {}),
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** The site itself, with the search box Google may show under the result. */
export function webSiteLd(site: { name: string; url: string; description: string; publisher: Publisher }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site.url}/#website`,
    name: site.name,
    url: `${site.url}/`,
    description: site.description,
    inLanguage: 'vi',
    publisher: publisherLd(site.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/tim-kiem?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A listing page (an event's timeline) and the articles it lists on this page, in its order. */
export function collectionPageLd(page: { url: string; name: string; description: string; siteUrl: string; items: { url: string; name: string }[]; firstPosition?: number }): JsonLd {
  const first = page.firstPosition ?? 1;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: 'vi',
    isPartOf: { '@id': `${page.siteUrl}/#website` },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: page.items.length,
      itemListElement: page.items.map((item, index) => ({ '@type': 'ListItem', position: first + index, url: item.url, name: item.name })),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
