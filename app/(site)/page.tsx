import type { Metadata } from 'next';
import { FrontView } from '@/app/ui/front/front-view';
import { WebSiteJsonLd } from '@/app/ui/json-ld/website-json-ld';
import { env } from '@/lib/env';
import { getHomeFront } from '@/lib/data/fronts/public';
import { pageMetadata } from '@/lib/seo/metadata';
import { SITE_DESCRIPTION } from '@/lib/seo/site';

export function generateMetadata(): Metadata {
  const title = `${env.SITE_NAME} — Tin tức Việt Nam`;
  return { ...pageMetadata({ title, description: SITE_DESCRIPTION, path: '/' }), title: { absolute: title } };
}

/** The home's published front (the default one until an editor publishes it). */
export default async function HomePage() {
  const front = await getHomeFront();
  return (
    <div className="home">
      <WebSiteJsonLd />
      <h1 className="visually-hidden">Tin tức mới nhất</h1>
      <FrontView front={front} />
    </div>
  );
}
