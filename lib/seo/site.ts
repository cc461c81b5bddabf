import { env } from '@/lib/env';
import type { Publisher } from './json-ld';

// The site's identity as search engines and feed readers see it.

export const SITE_DESCRIPTION =
  'Báo điện tử Tòa soạn: tin tức thời sự, quốc phòng, kinh tế, xã hội, văn hóa, thể thao và quốc tế.';

/**
 * An absolute URL on this site from a path ("/thoi-su" → "https://…/thoi-su", "/" → "https://…/"):
 * the one written form of every URL in canonical links, og:url, JSON-LD, feeds and sitemaps.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).href;
}

export const SQUARE_LOGO = { path: '/logo-square.png', width: 512, height: 512 } as const;
/** The masthead red: browser chrome on phones and the installed app's title bar. */
export const THEME_COLOR = '#8b0000';

/** The paper as publisher; its logo is the square one, as Google asks for at least 112×112 px. */
export function sitePublisher(): Publisher {
  return { name: env.SITE_NAME, url: env.SITE_URL, logo: { url: absoluteUrl(SQUARE_LOGO.path), width: SQUARE_LOGO.width, height: SQUARE_LOGO.height } };
}

// Section feeds live under /rss/ so they never collide with /{section}/{article}.
export const SITE_FEED_PATH = '/rss.xml';
export const sectionFeedPath = (sectionSlug: string) => `/rss/${sectionSlug}.xml`;
export const eventFeedPath = (eventSlug: string) => `/rss/su-kien/${eventSlug}.xml`;
export const liveFeedPath = (articleId: number) => `/rss/truc-tiep/${articleId}.xml`;
