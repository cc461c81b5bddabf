import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { Battery, report } from './cases';
import { articleAction, createDraft, ownerSession, queryOne, snapshot, staffSession } from './support';
import { E2E_BASE_URL, E2E_DATABASE_PATH } from '../../e2e/helpers/env';
import { registerSearchFunctions } from '../../lib/search/sql-functions';

// Body links a browser could read as another site: saved through the save action they are
// refused; written straight into a stored body (an old row, a restore) they render as plain text.
// Chromium resolves every link that is rendered: it stays on the site, or it is an http(s),
// mailto or tel link carrying rel="noopener noreferrer nofollow".

type Expect = 'refused' | 'external' | 'internal';
const SITE = new URL(E2E_BASE_URL);
const HREFS: [string, Expect][] = [
  ['/\\evil.example/x', 'refused'],
  ['/\t/evil.example', 'refused'],
  ['/\n/evil.example', 'refused'],
  ['/\r\n/evil.example', 'refused'],
  ['/\u000b/evil.example', 'refused'],
  ['/ /evil.example', 'refused'],
  ['/\u00a0/evil.example', 'refused'],
  ['/\u200b/evil.example', 'refused'],
  ['/\u202e/evil.example', 'refused'],
  ['/\u3000/evil.example', 'refused'],
  ['/\ufeff/evil.example', 'refused'],
  ['//evil.example', 'refused'],
  ['///evil.example', 'refused'],
  ['\\\\evil.example', 'refused'],
  ['\\/evil.example', 'refused'],
  ['/\\/evil.example', 'refused'],
  ['javascript:alert(1)', 'refused'],
  ['JaVaScRiPt:alert(1)', 'refused'],
  ['java\tscript:alert(1)', 'refused'],
  ['java\nscript:alert(1)', 'refused'],
  ['\u0001javascript:alert(1)', 'refused'],
  ['javascript&colon;alert(1)', 'refused'],
  ['data:text/html,<script>alert(1)</script>', 'refused'],
  ['vbscript:msgbox(1)', 'refused'],
  ['file:///etc/passwd', 'refused'],
  ['ftp://evil.example/', 'refused'],
  ['blob:http://127.0.0.1/x', 'refused'],
  ['https:evil.example', 'refused'],
  ['https:/evil.example', 'refused'],
  ['http:\\\\evil.example', 'refused'],
  ['https:///evil.example', 'refused'],
  ['https://user:pass@evil.example/', 'refused'],
  [`${E2E_BASE_URL}@evil.example/`, 'refused'],
  ['evil.example', 'refused'],
  ['.evil.example', 'refused'],
  ['mailto:', 'refused'],
  ['tel:javascript:alert(1)', 'refused'],
  ['https://evil.example:99999/', 'refused'],
  ['https://evil.example/x', 'external'],
  ['http://evil.example', 'external'],
  ['HTTPS://EVIL.EXAMPLE/A', 'external'],
  ['https://127.0.0.1.evil.example/', 'external'],
  // Not a URL at all (the port is not a number): Chromium would not follow it either.
  [`${E2E_BASE_URL}.evil.example/`, 'refused'],
  [`http://${SITE.hostname}.evil.example:${SITE.port}/`, 'external'],
  ['https://evil。example/', 'external'],
  ['mailto:toasoan@evil.example', 'external'],
  ['tel:+84912345678', 'external'],
  ['/%2F%2Fevil.example', 'internal'],
  ['/%5Cevil.example', 'internal'],
  ['/%09/evil.example', 'internal'],
  ['/admin/../../evil.example', 'internal'],
  ['/thoi-su?next=//evil.example', 'internal'],
  [`${E2E_BASE_URL}/thoi-su`, 'internal'],
];

const marker = (i: number) => `LK${String(i).padStart(3, '0')}`;
const linkParagraph = (href: string, i: number) => ({ type: 'paragraph', content: [{ type: 'text', text: marker(i), marks: [{ type: 'link', attrs: { href } }] }] });
const bodyOf = (indexes: number[]) => ({ type: 'doc', content: indexes.map((i) => linkParagraph(HREFS[i]![0], i)) });

type Rendered = { text: string; href: string | null; resolved: string | null; rel: string };

/** Every paragraph of the article body as Chromium sees it: its link, if any, resolved by the browser. */
async function renderedLinks(context: BrowserContext, path: string): Promise<Map<string, Rendered>> {
  const page = await context.newPage();
  const response = await page.goto(path);
  // An error page holds no paragraphs: every link of the body is then reported missing.
  if (response?.status() !== 200) console.log(`${path} answered ${response?.status()}`);
  const rows = await page.locator('.article-body p').evaluateAll((nodes) =>
    nodes.map((p) => {
      const a = p.querySelector('a');
      return { text: p.textContent ?? '', href: a?.getAttribute('href') ?? null, resolved: a ? a.href : null, rel: a?.rel ?? '' };
    }),
  );
  await page.close();
  return new Map(rows.map((row) => [row.text, row]));
}

function judge(battery: Battery, where: string, rendered: Map<string, Rendered>, indexes: number[]): void {
  for (const i of indexes) {
    const [href, expected] = HREFS[i]!;
    const row = rendered.get(marker(i));
    const label = `${where} ${JSON.stringify(href)}`;
    if (!row) {
      battery.check(false, `${label}: paragraph missing`);
      continue;
    }
    if (expected === 'refused') {
      battery.check(row.href === null, `${label}: rendered as a link to ${row.resolved}`);
      continue;
    }
    if (row.href === null || row.resolved === null) {
      battery.check(false, `${label}: a safe link rendered as text`);
      continue;
    }
    const target = new URL(row.resolved);
    if (expected === 'internal') {
      battery.check(target.origin === SITE.origin, `${label}: resolves to ${row.resolved}`);
      battery.check(row.rel === '', `${label}: internal link with rel ${row.rel}`);
    } else {
      battery.check(target.origin !== SITE.origin && ['http:', 'https:', 'mailto:', 'tel:'].includes(target.protocol), `${label}: resolves to ${row.resolved}`);
      battery.check(/\bnoopener\b/.test(row.rel) && /\bnoreferrer\b/.test(row.rel) && /\bnofollow\b/.test(row.rel), `${label}: external link rel="${row.rel}"`);
    }
  }
}

function storeBody(id: number, body: unknown): void {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    // The search index's triggers call the app's SQL functions.
    registerSearchFunctions(db);
    db.prepare('UPDATE articles SET body = ? WHERE id = ?').run(JSON.stringify(body), id);
  } finally {
    db.close();
  }
}

async function contextFor(browser: Browser, cookies: Awaited<ReturnType<typeof ownerSession>> | null): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  if (cookies) await context.addCookies((await cookies.storageState()).cookies);
  return context;
}

test('17 body links that leave the site', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const battery = new Battery();
  const writer = await staffSession('reporter', 'Phóng Viên Liên Kết');
  const all = HREFS.map((_, i) => i);
  const safe = all.filter((i) => HREFS[i]![1] !== 'refused');

  // Through the save action, one link per save: unsafe ones refused with a message, the others kept.
  const { id } = await createDraft(writer.request, 'Bài liên kết');
  let version = Number(queryOne<{ version: number }>('SELECT version FROM articles WHERE id = ?', id)!.version);
  let refused = 0;
  for (const i of all) {
    const [href, expected] = HREFS[i]!;
    const { result, text } = await articleAction(writer.request, 'save', { id, version, snapshot: snapshot('Bài liên kết', 'x', bodyOf([i])) });
    if (result?.ok) version = Number(result.version);
    else refused += 1;
    battery.check((result?.ok === true) === (expected !== 'refused'), `save ${JSON.stringify(href)}: ${expected} but answered ${text.slice(0, 160)}`);
    if (expected === 'refused') battery.check(/Liên kết không được phép/.test(text), `save ${JSON.stringify(href)}: refusal without the link message`);
  }
  const { result: kept } = await articleAction(writer.request, 'save', { id, version, snapshot: snapshot('Bài liên kết', 'x', bodyOf(safe)) });
  battery.check(kept?.ok === true, 'the body with every safe link was refused');
  const writerContext = await contextFor(browser, writer.request);
  judge(battery, 'saved, preview', await renderedLinks(writerContext, `/admin/articles/${id}/preview`), safe);

  // Straight into the stored body: the preview renders it, refused links as plain text.
  storeBody(id, bodyOf(all));
  judge(battery, 'stored, preview', await renderedLinks(writerContext, `/admin/articles/${id}/preview`), all);

  // A published article whose stored body holds them all: the public page, as a reader.
  const owner = await ownerSession();
  const published = await createDraft(owner, 'Bài liên kết công khai');
  const { result: publish } = await articleAction(owner, 'publish', { id: published.id, version: published.version, snapshot: snapshot('Bài liên kết công khai', 'Nội dung có liên kết.') });
  expect(publish?.ok, JSON.stringify(publish)).toBe(true);
  storeBody(published.id, bodyOf(all));
  const row = queryOne<{ slug: string; section: string }>('SELECT a.slug, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.id = ?', published.id)!;
  const readerContext = await contextFor(browser, null);
  judge(battery, 'stored, public page', await renderedLinks(readerContext, `/${row.section}/${row.slug}-${published.id}`), all);

  report(info, { tried: battery.tried, passed: battery.passed }, { hrefs: HREFS.length, 'saves refused': refused });
  expect(battery.failures).toEqual([]);
  await writerContext.close();
  await readerContext.close();
  await writer.request.dispose();
  await owner.dispose();
});
