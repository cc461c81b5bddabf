import { env } from '@/lib/env';
import { webSiteLd } from '@/lib/seo/json-ld';
import { SITE_DESCRIPTION, sitePublisher } from '@/lib/seo/site';
import { JsonLdScript } from './json-ld-script';

/** The site and its search box, for the home page. */
export function WebSiteJsonLd() {
  return <JsonLdScript data={webSiteLd({ name: env.SITE_NAME, url: env.SITE_URL, description: SITE_DESCRIPTION, publisher: sitePublisher() })} />;
}
