import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/site';

// Rendered per request so the sitemap URLs follow SITE_URL of the server, not of the build.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/tim-kiem'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
