import { expect, test } from '@playwright/test';
import { Battery, report } from './cases';
import { anonymous, createDraft, ownerSession, queryOne } from './support';
import { E2E_BASE_URL, E2E_OWNER } from '../../e2e/helpers/env';

// proxy.ts only redirects signed-out navigations; the pages must refuse on their own. Each variant
// is sent without a session; none may show the unpublished canary draft or staff data, or 5xx.

type Variant = { name: string; path: (p: string) => string; method?: string; headers?: Record<string, string> };

const SUBREQUEST = ['proxy', 'middleware', 'src/middleware', 'proxy:proxy:proxy:proxy:proxy', 'middleware:middleware:middleware:middleware:middleware', 'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy'];
const VARIANTS: Variant[] = [
  { name: 'plain', path: (p) => p },
  ...SUBREQUEST.map((value) => ({ name: `x-middleware-subrequest: ${value}`, path: (p: string) => p, headers: { 'x-middleware-subrequest': value } })),
  { name: 'RSC: 1', path: (p) => p, headers: { RSC: '1' } },
  { name: 'RSC prefetch', path: (p) => p, headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
  { name: 'segment prefetch', path: (p) => p, headers: { RSC: '1', 'Next-Router-Segment-Prefetch': '/_tree' } },
  { name: 'router state tree', path: (p) => p, headers: { RSC: '1', 'Next-Router-State-Tree': '%5B%22%22%2C%7B%7D%5D' } },
  { name: '?_rsc=', path: (p) => `${p}?_rsc=abc12`, headers: { RSC: '1' } },
  { name: '.rsc suffix', path: (p) => `${p}.rsc` },
  { name: '.rsc suffix with RSC', path: (p) => `${p}.rsc`, headers: { RSC: '1' } },
  { name: '.segments suffix', path: (p) => `${p}.segments/_tree.segment.rsc` },
  { name: 'double slash', path: (p) => `/${p}` },
  { name: 'encoded a', path: (p) => p.replace('/admin', '/%61dmin') },
  { name: 'encoded slash', path: (p) => p.replace('/admin/', '/admin%2f') },
  { name: 'upper case', path: (p) => p.replace('/admin', '/Admin') },
  { name: 'all caps', path: (p) => p.replace('/admin', '/ADMIN') },
  { name: 'trailing ;x', path: (p) => `${p};x` },
  { name: 'matrix param', path: (p) => p.replace('/admin', '/admin;x=1') },
  { name: 'trailing slash', path: (p) => `${p}/` },
  { name: 'dot segment', path: (p) => p.replace('/admin/', '/admin/./') },
  { name: 'dot-dot segment', path: (p) => p.replace('/admin/', '/x/../admin/') },
  { name: 'encoded dot-dot', path: (p) => p.replace('/admin/', '/x/%2e%2e/admin/') },
  { name: 'backslash', path: (p) => p.replace('/admin/', '/admin\\') },
  { name: 'null byte', path: (p) => `${p}%00` },
  { name: 'tab in path', path: (p) => p.replace('/admin', '/%09admin') },
  { name: '__nextDataReq', path: (p) => `${p}?__nextDataReq=1`, headers: { 'x-nextjs-data': '1' } },
  { name: 'x-invoke-path', path: () => '/', headers: { 'x-invoke-path': '/admin/staff', 'x-invoke-query': '%7B%7D' } },
  { name: 'x-matched-path', path: (p) => p, headers: { 'x-matched-path': '/admin/login' } },
  { name: 'x-forwarded-host', path: (p) => p, headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } },
  { name: 'x-original-url', path: () => '/', headers: { 'x-original-url': '/admin/staff', 'x-rewrite-url': '/admin/staff' } },
  { name: 'HEAD', path: (p) => p, method: 'HEAD' },
  { name: 'OPTIONS', path: (p) => p, method: 'OPTIONS' },
  // The proxy lets non-GET requests through: these reach the page with no redirect at all.
  { name: 'POST (proxy skipped)', path: (p) => p, method: 'POST' },
  { name: 'POST RSC (proxy skipped)', path: (p) => p, method: 'POST', headers: { RSC: '1' } },
  { name: 'POST bogus Next-Action', path: (p) => p, method: 'POST', headers: { 'Next-Action': '0'.repeat(42), Accept: 'text/x-component' } },
  { name: 'PUT', path: (p) => p, method: 'PUT' },
  { name: 'forged session cookie', path: (p) => p, headers: { Cookie: 'authjs.session-token=eyJhbGciOiJub25lIn0.eyJzdGFmZiI6eyJpZCI6MSwicm9sZSI6ImFkbWluIiwic2Vzc2lvblZlcnNpb24iOjF9fQ.' } },
];

test('02 proxy bypass battery', async ({}, info) => {
  test.setTimeout(300_000);
  const owner = await ownerSession();
  const canary = `CANARY-${Date.now().toString(36)}`;
  const { id } = await createDraft(owner, `Bản nháp ${canary}`, `Nội dung mật ${canary}`);
  const row = queryOne<{ slug: string; section: string }>('SELECT a.slug, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.id = ?', id)!;
  const targets = [`/admin/articles/${id}`, `/admin/articles/${id}/preview`, `/admin/articles/${id}/revisions`, '/admin/articles', '/admin/staff', `/${row.section}/${row.slug}-${id}`];
  const reader = await anonymous();
  const battery = new Battery();
  for (const target of targets) {
    for (const variant of VARIANTS) {
      const url = variant.path(target);
      const response = await reader.fetch(`${E2E_BASE_URL}${url}`, { method: variant.method ?? 'GET', headers: variant.headers, maxRedirects: 0, failOnStatusCode: false });
      const body = await response.text();
      const label = `${variant.name} ${variant.method ?? 'GET'} ${url}`;
      battery.check(!body.includes(canary), `${label}: canary leaked (${response.status()})`);
      battery.check(!body.includes(E2E_OWNER.email), `${label}: staff email leaked`);
      battery.check(response.status() < 500, `${label}: ${response.status()}`);
      // A draft's public URL must be a 404 (or a redirect to the canonical 404), never the article.
      if (!target.startsWith('/admin')) battery.check(response.status() !== 200 || !body.includes(row.slug), `${label}: draft served`);
    }
  }
  report(info, { tried: battery.tried, passed: battery.passed }, { variants: VARIANTS.length, targets: targets.length });
  expect(battery.failures).toEqual([]);
  await reader.dispose();
  await owner.dispose();
});
