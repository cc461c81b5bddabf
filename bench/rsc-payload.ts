// npx tsx bench/rsc-payload.ts <origin> [path…]: what a page's HTML sends, gzip, and of it the inline
// RSC payload by what it carries (bench/lib/flight.ts): tree, client components' props, module
// references, subtrees serialised twice, and how often the site's navigation appears. Without
// paths: the home, a section and the scraped seed article.
import { gzipSync } from 'node:zlib';
import Parser from 'rss-parser';
import { SEED_ARTICLE } from '../e2e/helpers/seed-article';
import { flightBreakdown, inlineFlight } from './lib/flight';

const MARKERS = {
  'section menu': '"aria-label":"Chuyên mục"',
  masthead: '"className":"masthead"',
  footer: '"className":"site-footer"',
  'not-found page': 'Không tìm thấy trang',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The home, a section and the scraped seed article (the page ADR 13 measures), found as e2e finds it. */
async function defaultPaths(origin: string): Promise<string[]> {
  const feed = await new Parser().parseString(await (await fetch(`${origin}/rss/cong-nghiep-quoc-phong.xml`)).text());
  const article = feed.items.find((item) => item.title === SEED_ARTICLE.title)?.link;
  return ['/', '/quoc-phong-an-ninh', ...(article ? [new URL(article).pathname] : [])];
}

async function main() {
  const [origin = 'http://127.0.0.1:3000', ...given] = process.argv.slice(2);
  const paths = given.length > 0 ? given : await defaultPaths(origin);
  for (const path of paths) {
    const html = await (await fetch(origin + path)).text();
    const flight = inlineFlight(html);
    const withoutFlight = html.replace(/<script>self\.__next_f\.push\([^<]*<\/script>/g, '');
    const gzip = gzipSync(html).length;
    const breakdown = flightBreakdown(flight, MARKERS);
    console.log(`\n## ${path}`);
    console.log(`HTML ${kb(Buffer.byteLength(html))} (gzip ${kb(gzip)}); without the inline RSC scripts gzip ${kb(gzipSync(withoutFlight).length)}`);
    console.log(`inline RSC ${kb(breakdown.totalBytes)} (gzip alone ${kb(gzipSync(flight).length)})`);
    for (const [kind, bytes] of Object.entries(breakdown.byRowKind)) console.log(`  ${kind}: ${kb(bytes)}`);
    console.log('client components’ props:');
    for (const entry of breakdown.clientProps) console.log(`  ${entry.component} ×${entry.uses}: ${kb(entry.bytes)}`);
    console.log('markers:', JSON.stringify(breakdown.markers));
    console.log('serialised more than once:');
    for (const dup of breakdown.duplicates.slice(0, 12)) console.log(`  ×${dup.count} ${kb(dup.bytes)} ${dup.sample}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
