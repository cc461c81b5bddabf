import { env } from '@/lib/env';
import { collectionPageLd } from '@/lib/seo/json-ld';
import { absoluteUrl } from '@/lib/seo/site';
import { JsonLdScript } from './json-ld-script';

type Props = {
  /** The page's canonical path (with ?trang=N past the first page). */
  path: string;
  name: string;
  description: string;
  items: { path: string; title: string }[];
  /** The position of the page's first item in the whole list. */
  firstPosition: number;
};

/** CollectionPage with the ItemList of the articles it shows, for a listing such as an event's timeline. */
export function CollectionPageJsonLd({ path, name, description, items, firstPosition }: Props) {
  const data = collectionPageLd({
    url: absoluteUrl(path),
    name,
    description,
    siteUrl: env.SITE_URL,
    items: items.map((item) => ({ url: absoluteUrl(item.path), name: item.title })),
    firstPosition,
  });
  return <JsonLdScript data={data} />;
}
