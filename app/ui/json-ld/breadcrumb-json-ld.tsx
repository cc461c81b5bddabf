import { breadcrumbLd } from '@/lib/seo/json-ld';
import { absoluteUrl } from '@/lib/seo/site';
import { JsonLdScript } from './json-ld-script';

/** BreadcrumbList from the home page down to `items` (paths on this site). */
export function BreadcrumbJsonLd({ items }: { items: { name: string; path: string }[] }) {
  const trail = [{ name: 'Trang chủ', path: '/' }, ...items];
  return <JsonLdScript data={breadcrumbLd(trail.map((item) => ({ name: item.name, url: absoluteUrl(item.path) })))} />;
}
