import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { Battery, report } from './cases';
import { anonymous, ownerSession, queryOne, staffSession } from './support';
import { makeImage } from '../../lib/media/test-images';
import { E2E_BASE_URL } from '../../e2e/helpers/env';

// The Content-Security-Policy each family of routes really answers with, all headers counted (a
// browser enforces every one it receives): readers' pages, feeds and the API the static public
// policy; photos their sandbox, which the public policy must not replace; the newsroom a fresh
// nonce per response.

type Family = 'public' | 'photo' | 'admin';
type Directives = Map<string, string[]>;

function policiesOf(response: APIResponse): Directives[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .map((h) => new Map(h.value.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!.toLowerCase(), sources])));
}

const has = (policy: Directives, name: string, ...sources: string[]) => policy.has(name) && sources.every((s) => policy.get(name)!.includes(s));

/** What is wrong with the response's policies for its family; empty when nothing is. */
function problems(response: APIResponse, family: Family): string[] {
  const policies = policiesOf(response);
  if (policies.length !== 1) return [`${policies.length} CSP headers`];
  const policy = policies[0]!;
  const wrong: string[] = [];
  const need = (ok: boolean, what: string) => ok || wrong.push(what);
  if (family === 'photo') {
    need(has(policy, 'default-src', "'none'") && policy.get('default-src')!.length === 1, "default-src 'none'");
    need(policy.has('sandbox') && policy.get('sandbox')!.length === 0, 'sandbox (no allowances)');
    need(policy.size === 2, `nothing else (${[...policy.keys()].join(', ')})`);
    return wrong;
  }
  need(has(policy, 'default-src', "'self'"), "default-src 'self'");
  need(has(policy, 'object-src', "'none'"), "object-src 'none'");
  need(has(policy, 'base-uri', "'self'"), "base-uri 'self'");
  need(has(policy, 'form-action', "'self'"), "form-action 'self'");
  need(has(policy, 'frame-ancestors', "'none'"), "frame-ancestors 'none'");
  const scripts = policy.get('script-src') ?? [];
  need(!scripts.some((s) => s === '*' || /^(https?:|data:|blob:)/.test(s)), `script-src without hosts (${scripts.join(' ')})`);
  if (family === 'admin') {
    need(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)) && scripts.includes("'strict-dynamic'") && !scripts.includes("'unsafe-inline'"), `script-src with a nonce (${scripts.join(' ')})`);
  } else {
    need(!scripts.some((s) => s.startsWith("'nonce-")), 'no nonce on a shared cached answer');
  }
  return wrong;
}

/** The first path in the page's HTML that matches `pattern`, e.g. an article or tag link. */
async function firstLink(request: APIRequestContext, path: string, pattern: RegExp): Promise<string | undefined> {
  return pattern.exec(await (await request.get(path)).text())?.[1];
}

test('18 effective CSP of every route family', async ({}, info) => {
  const battery = new Battery();
  const reader = await anonymous();
  const owner = await ownerSession();
  const reporter = await staffSession('reporter', 'Phóng Viên CSP');

  const article = (await firstLink(reader, '/', /href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/)) ?? '/';
  const section = (await firstLink(reader, '/', /class="card-section" href="(\/[a-z0-9-]+)"/)) ?? '/thoi-su';
  const tag = (await firstLink(reader, article, /href="(\/chu-de\/[a-z0-9-]+)"/)) ?? `/chu-de/${queryOne<{ slug: string }>('SELECT slug FROM tags LIMIT 1')?.slug}`;
  const author = (await firstLink(reader, article, /href="(\/tac-gia\/[a-z0-9-]+)"/)) ?? `/tac-gia/${queryOne<{ slug: string }>('SELECT slug FROM authors LIMIT 1')?.slug}`;

  const upload = await reporter.request.post('/api/uploads', { headers: { Origin: E2E_BASE_URL }, multipart: { file: { name: 'csp.jpg', mimeType: 'image/jpeg', buffer: await makeImage('jpeg', 640, 480) }, alt: 'Ảnh thử CSP' } });
  expect(upload.status(), await upload.text()).toBe(201);
  const { media } = (await upload.json()) as { media: { id: number } };
  const photo = queryOne<{ path: string }>('SELECT path FROM media WHERE id = ?', media.id)!.path;

  const routes: [string, string, Family, APIRequestContext][] = [
    ['home', '/', 'public', reader],
    ['section', section, 'public', reader],
    ['section page 2', `${section}?trang=2`, 'public', reader],
    ['article', article, 'public', reader],
    ['tag', tag, 'public', reader],
    ['author', author, 'public', reader],
    ['search', '/tim-kiem?q=quoc', 'public', reader],
    ['rss', '/rss.xml', 'public', reader],
    ['section rss', `/rss${section}.xml`, 'public', reader],
    ['sitemap', '/sitemap.xml', 'public', reader],
    ['news sitemap', '/news-sitemap.xml', 'public', reader],
    ['robots', '/robots.txt', 'public', reader],
    ['404', '/khong-co-trang-nay', 'public', reader],
    ['404 article', '/khong-co/bai-khong-co-999999', 'public', reader],
    ['/media (no file named)', '/media', 'public', reader],
    ['api health', '/api/health', 'public', reader],
    ['api session', '/api/auth/session', 'public', reader],
    ['api csrf', '/api/auth/csrf', 'public', reader],
    ['photo', `/media/${photo}`, 'photo', reader],
    ['photo 304', `/media/${photo}`, 'photo', reader],
    ['photo 404', '/media/khong-co/anh.jpg', 'photo', reader],
    ['photo traversal', '/media/..%2f..%2fpackage.json', 'photo', reader],
    ['crop', `/anh/16x9/${photo}`, 'photo', reader],
    ['crop 1:1', `/anh/1x1/${photo}`, 'photo', reader],
    ['crop 404', `/anh/16x9/khong-co/anh.jpg`, 'photo', reader],
    ['crop, no path', '/anh/16x9', 'photo', reader],
    ['crop, bad ratio', `/anh/2x1/${photo}`, 'photo', reader],
    ['admin login', '/admin/login', 'admin', reader],
    ['admin dashboard', '/admin', 'admin', owner],
    ['admin articles', '/admin/articles', 'admin', owner],
    ['admin media', '/admin/media', 'admin', owner],
    ['admin staff', '/admin/staff', 'admin', owner],
    ['admin 404', '/admin/khong-co-trang-nay', 'admin', owner],
  ];
  const nonces = new Set<string>();
  let etag = '';
  for (const [name, path, family, request] of routes) {
    const headers: Record<string, string> = name === 'photo 304' && etag ? { 'If-None-Match': etag } : {};
    const response = await request.get(path, { headers, maxRedirects: 0, failOnStatusCode: false });
    if (name === 'photo') etag = response.headers()['etag'] ?? '';
    if (name === 'photo 304') battery.check(response.status() === 304, `${name}: ${response.status()}`);
    const wrong = problems(response, family);
    battery.check(wrong.length === 0, `${name} ${path} (${response.status()}): ${wrong.join('; ')} — ${response.headers()['content-security-policy']}`);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    if (family === 'admin' && nonce) nonces.add(nonce);
  }
  battery.check(nonces.size === routes.filter(([, , family]) => family === 'admin').length, `admin nonces reused: ${nonces.size} distinct`);
  report(info, { tried: battery.tried, passed: battery.passed }, { routes: routes.length });
  expect(battery.failures).toEqual([]);
  await reader.dispose();
  await owner.dispose();
  await reporter.request.dispose();
});
