// The newsroom's pages on the corpus, signed in as the bench admin over HTTP (Auth.js csrf, then
// the credentials callback, as a browser does): each page's server time, one connection, p50 and
// p95 of fresh renders (admin pages are per session, never cached), as a ratio to the bare
// Next.js dynamic page timed the same way in the same run. Targets (issue 18): ≤ 50 ms at 100k
// articles, ≤ 100 ms at 1M.
import os from 'node:os';
import Database from 'better-sqlite3';
import { treeCpuMs } from './lib/process';
import { BENCH_ADMIN } from './newsroom';
import { percentile } from './lib/percentile';

/** cpuMs: the app's CPU time per request (user + system, all its processes), which other load on the machine barely changes. */
export type AdminPageTime = { name: string; path: string; p50: number; p95: number; cpuMs: number; kb: number; ratio: number };
export type AdminTimes = { baseline: { p50: number; p95: number; cpuMs: number }; pages: AdminPageTime[]; loadAverage: number };

const WARM_UP = 5;

/** The name=value pairs a response sets, added to the jar. */
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/** A Cookie header for a signed-in bench admin. */
export async function signInAsAdmin(url: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${url}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email: BENCH_ADMIN.email, password: BENCH_ADMIN.password, csrfToken, callbackUrl: '/admin' }),
    redirect: 'manual',
  });
  keepCookies(jar, response);
  const location = response.headers.get('location') ?? '';
  if (response.status !== 302 || location.includes('error')) throw new Error(`bench admin sign-in refused: ${response.status} ${location}`);
  return cookieHeader(jar);
}

/** The pages, with ids taken from the corpus: the newest article's editor, a busy section, a prolific writer. */
function adminPages(db: string): [name: string, path: string][] {
  const sqlite = new Database(db, { readonly: true });
  try {
    const newest = sqlite.prepare('SELECT max(id) AS id FROM articles').get() as { id: number };
    const section = sqlite.prepare('SELECT id FROM sections ORDER BY position, id LIMIT 1').get() as { id: number };
    // The section with the fewest articles, whose deep pages lie furthest apart in the archive.
    const smallSection = sqlite.prepare('SELECT section_id AS id FROM article_counts GROUP BY section_id ORDER BY sum(total), section_id LIMIT 1').get() as { id: number };
    const writer = sqlite.prepare("SELECT id FROM users WHERE role = 'reporter' ORDER BY id LIMIT 1").get() as { id: number } | undefined;
    return [
      ['dashboard', '/admin'],
      ['articles', '/admin/articles'],
      ['articles, page 200', '/admin/articles?trang=200'],
      ['search “quoc phong”', '/admin/articles?q=quoc+phong'],
      ['search “quốc phòng”, page 3', '/admin/articles?q=qu%E1%BB%91c+ph%C3%B2ng&trang=3'],
      ['search + section + published', `/admin/articles?q=kinh+te&chuyen-muc=${section.id}&trang-thai=published`],
      ['drafts', '/admin/articles?trang-thai=draft'],
      ['review queue', '/admin/articles?trang-thai=review'],
      ['unpublished', '/admin/articles?trang-thai=unpublished'],
      ['needs headline', '/admin/articles?can-tieu-de=1'],
      ['section', `/admin/articles?chuyen-muc=${section.id}`],
      ['smallest section, page 20', `/admin/articles?chuyen-muc=${smallSection.id}&trang=20`],
      ['writer', `/admin/articles?nguoi-viet=${writer?.id ?? 1}`],
      ['editor (newest article)', `/admin/articles/${newest.id}`],
      ['new article', '/admin/articles/new'],
      ['tags', '/admin/tags'],
      ['tags, page 10', '/admin/tags?trang=10'],
      ['sections', '/admin/sections'],
      ['staff', '/admin/staff'],
      ['staff, page 2', '/admin/staff?trang=2'],
      ['authors', '/admin/authors'],
      ['my account', '/admin/account'],
      ['photos', '/admin/media'],
      ['events', '/admin/events'],
      ['fronts', '/admin/fronts'],
      ['audit log', '/admin/audit'],
      ['import', '/admin/import'],
    ];
  } finally {
    sqlite.close();
  }
}

async function timeRequests(url: string, cookie: string, count: number): Promise<{ times: number[]; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
    bytes = body.byteLength;
  }
  return { times, bytes };
}

/** Times every newsroom page `requests` times on the app at `url`; the baseline is the control app's dynamic page. */
export async function measureAdminPages(options: { url: string; controlUrl: string; db: string; requests: number; serverPid: number; controlPid: number }): Promise<AdminTimes> {
  const cookie = await signInAsAdmin(options.url);
  await timeRequests(`${options.controlUrl}/dynamic`, '', WARM_UP * 4);
  const controlCpuBefore = treeCpuMs(options.controlPid);
  const control = (await timeRequests(`${options.controlUrl}/dynamic`, '', options.requests)).times;
  const controlCpuMs = (treeCpuMs(options.controlPid) - controlCpuBefore) / options.requests;
  const baseline = { p50: percentile(control, 50), p95: percentile(control, 95), cpuMs: controlCpuMs };
  console.log(`bare Next dynamic page (baseline)  p50 ${baseline.p50.toFixed(1)} ms  p95 ${baseline.p95.toFixed(1)} ms  CPU ${baseline.cpuMs.toFixed(1)} ms`);
  const loads: number[] = [];
  const pages: AdminPageTime[] = [];
  for (const [name, path] of adminPages(options.db)) {
    await timeRequests(options.url + path, cookie, WARM_UP);
    loads.push(os.loadavg()[0]!);
    const cpuBefore = treeCpuMs(options.serverPid);
    const { times, bytes } = await timeRequests(options.url + path, cookie, options.requests);
    const cpuMs = (treeCpuMs(options.serverPid) - cpuBefore) / options.requests;
    const p50 = percentile(times, 50);
    pages.push({ name, path, p50, p95: percentile(times, 95), cpuMs, kb: bytes / 1024, ratio: p50 / baseline.p50 });
    console.log(`${name.padEnd(32)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms  CPU ${cpuMs.toFixed(1).padStart(6)} ms  ${(p50 / baseline.p50).toFixed(2)} × bare Next dynamic`);
  }
  return { baseline, pages, loadAverage: loads.reduce((a, b) => a + b, 0) / loads.length };
}

/** The results as a Markdown table. */
export function adminTable(times: AdminTimes, articles: number): string {
  const target = articles >= 1_000_000 ? 100 : 50;
  return [
    `Newsroom pages signed in as admin, ${articles.toLocaleString('en')} articles, one connection (load average ${times.loadAverage.toFixed(1)} on ${os.cpus().length} cores). Target p50 ≤ ${target} ms.`,
    '',
    '| Page | p50 ms | p95 ms | app CPU ms / request | × bare Next dynamic (p50) | HTML KB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| bare Next dynamic page + SQLite (baseline) | ${times.baseline.p50.toFixed(1)} | ${times.baseline.p95.toFixed(1)} | ${times.baseline.cpuMs.toFixed(1)} | 1.00 | |`,
    ...times.pages.map(
      (page) =>
        `| ${page.name} | ${page.p50.toFixed(1)} ${page.p50 <= target ? '✔' : '✘'} | ${page.p95.toFixed(1)} | ${page.cpuMs.toFixed(1)} | ${page.ratio.toFixed(2)} | ${page.kb.toFixed(0)} |`,
    ),
  ].join('\n');
}
