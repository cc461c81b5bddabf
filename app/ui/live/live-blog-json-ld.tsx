import type { LivePage } from '@/lib/data/live/reads';
import { liveBlogPostingLd } from '@/lib/seo/live-blog-ld';
import { absoluteUrl } from '@/lib/seo/site';
import { JsonLdScript } from '../json-ld/json-ld-script';

/** LiveBlogPosting for an article with live coverage, beside its NewsArticle. */
export function LiveBlogJsonLd({ title, lead, path, live }: { title: string; lead: string; path: string; live: LivePage }) {
  return <JsonLdScript data={liveBlogPostingLd({ url: absoluteUrl(path), headline: title, description: lead, live })} />;
}
