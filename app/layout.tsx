import type { Metadata, Viewport } from 'next';
import { preload } from 'react-dom';
import { env } from '@/lib/env';
import { PRELOADED_FONT_URLS } from '@/lib/fonts/noto-serif';
import { publicRobots } from '@/lib/seo/http';
import { absoluteUrl, SITE_DESCRIPTION, SITE_FEED_PATH, THEME_COLOR } from '@/lib/seo/site';
import './globals.css';
// Beside the global rules, not in the components that use them: imported there, each became a
// second stylesheet on every article page (the article loads one stylesheet).
import './ui/body-blocks/body-blocks.css';
import './(site)/tac-gia/_components/author-profile.css';

// Defaults for every page. Readers' pages replace `alternates` with their canonical URL (see
// lib/seo/metadata.ts); the site feed is offered here as well so pages without one still have it.
// No metadataBase: every URL in our metadata is already absolute (absoluteUrl), and with a base
// Next would print the home as the bare origin, unlike the JSON-LD, feeds, sitemaps and breadcrumbs.
export const metadata: Metadata = {
  title: { default: `${env.SITE_NAME} — Tin tức Việt Nam`, template: `%s | ${env.SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: env.SITE_NAME,
  robots: publicRobots,
  alternates: {
    types: { 'application/rss+xml': [{ title: `${env.SITE_NAME} — Tin mới nhất`, url: absoluteUrl(SITE_FEED_PATH) }] },
  },
  openGraph: { siteName: env.SITE_NAME, locale: 'vi_VN', type: 'website' },
  twitter: { card: 'summary' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  for (const href of PRELOADED_FONT_URLS) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
