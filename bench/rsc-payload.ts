// npx tsx bench/rsc-payload.ts <origin> [path…]: what a page's HTML sends, gzip, and of it the inline
// RSC payload by what it carries (bench/lib/flight.ts): tree, client components' props, module
// references, subtrees serialised twice, and how often the site's navigation appears. Without
// paths: the home, a section and the seeded article linked first from that section.
import { gzipSync } from 'node:zlib';
import { flightBreakdown, inlineFlight } from './lib/flight';

const MARKERS = {
  'section menu': '"aria-label":"Chuyên mục"',
  masthead: '"className":"masthead"',
  footer: '"className":"site-footer"',
  'not-found page': 'Không tìm thấy trang',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function defaultPaths(origin: string): Promise<string[]> {
  const section = '/quoc-phong-an-ninh';
  const html = await (await fetch(origin + section)).text();
  const article = new RegExp(`href="(${section}/[^"/]+-\\d+)"`).exec(html)?.[1];
  return ['/', section, ...(article ? [article] : [])];
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
