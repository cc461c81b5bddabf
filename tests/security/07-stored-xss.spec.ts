import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { Battery, report } from './cases';
import { articleAction, createDraft, queryOne, snapshot, staffSession, type Staff } from './support';
import { HOSTILE_HREFS, XSS_CORPUS } from './xss-corpus';
import { E2E_BASE_URL } from '../../e2e/helpers/env';

// ~200 payloads saved through the editor's save action (the path every editor change takes) as a
// reporter and as an editor, then opened in Chromium: no dialog, no on* attribute or script URL
// stored or rendered, and the markup the newsroom is allowed to use still renders.

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

/** Every attribute key and value in a stored body, flattened. */
function attributes(node: unknown, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((child) => attributes(child, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text') continue;
      if (typeof value === 'string') out.push([key, value]);
      else attributes(value, out);
    }
  }
  return out;
}
const dangerousStored = (body: string) =>
  attributes(JSON.parse(body)).filter(([key, value]) => /^on/i.test(key) || /^\s*(javascript|vbscript|data|livescript):/i.test(value.replace(/[\s\u0000-\u001f]/g, '')));

// Structures the schema must refuse or strip: unknown nodes, extra attributes, hostile marks.
const HOSTILE_STRUCTURES: unknown[] = [
  { type: 'script', content: [text('alert(1)')] },
  { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
  { type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('x')] },
  { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://ok.example', onclick: 'alert(1)' } }] }] },
  { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'style', attrs: { style: 'x:expression(alert(1))' } }] }] },
  { type: 'heading', attrs: { level: 2, onmouseover: 'alert(1)' }, content: [text('x')] },
  { type: 'figure', attrs: { mediaId: '1 onerror=alert(1)' } },
  { type: 'iframe', attrs: { src: 'javascript:alert(1)' } },
  { type: 'html', content: [text('<img src=x onerror=alert(1)>')] },
  { type: 'paragraph', content: [{ type: 'text', text: '<b>x</b>', __proto__: { onerror: 'alert(1)' } }] },
];

const CONTROL = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ an toàn')] },
    paragraph(text('Chữ '), { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] }, text(', '), { type: 'text', text: 'nghiêng', marks: [{ type: 'italic' }] }, text(' và '), { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://baochinhphu.vn/' } }] }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Mục một'))] }] },
    { type: 'blockquote', content: [paragraph(text('Trích dẫn'))] },
  ],
};

async function scanPage(page: Page, path: string, dialogs: string[]) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => [
      ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
      ...['href', 'src', 'action', 'formaction', 'data'].flatMap((name) => {
        const value = (el.getAttribute(name) ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        return /^(javascript|vbscript|livescript):/.test(value) ? [`${el.tagName}[${name}=${value}]`] : [];
      }),
    ]),
  ).then((found) => ({ found, dialogs: [...dialogs] }));
}

async function browserFor(context: BrowserContext, staff: Staff | null, dialogs: string[]) {
  if (staff) await context.addCookies((await staff.request.storageState()).cookies);
  const page = await context.newPage();
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

test('07 stored XSS through the save action', async ({ browser }, info) => {
  test.setTimeout(600_000);
  const battery = new Battery();
  const dialogs: string[] = [];
  const desk = await staffSession('editor', 'Biên Tập XSS');
  const writer = await staffSession('reporter', 'Phóng Viên XSS');
  let saved = 0;
  let refused = 0;
  const published: string[] = [];
  const drafts: number[] = [];

  for (const [role, staff] of [['reporter', writer], ['editor', desk]] as const) {
    const { id } = await createDraft(staff.request, `XSS ${role}`);
    let version = Number(queryOne<{ version: number }>('SELECT version FROM articles WHERE id = ?', id)!.version);
    const save = async (title: string, body: unknown, extra: Record<string, unknown> = {}) => {
      const { result, status, text: raw } = await articleAction(staff.request, 'save', { id, version, snapshot: { ...snapshot(title, 'x', body), ...extra } });
      if (result?.ok) {
        version = Number(result.version);
        saved += 1;
      } else {
        battery.check(result?.error === 'invalid' || result?.error === 'refused', `${role}: unexpected answer ${status} ${JSON.stringify(body).slice(0, 150)} → ${raw.slice(0, 200)}`);
        refused += 1;
      }
      const stored = queryOne<{ body: string; title: string; lead: string }>('SELECT body, title, lead FROM articles WHERE id = ?', id)!;
      battery.check(dangerousStored(stored.body).length === 0, `${role}: stored ${JSON.stringify(dangerousStored(stored.body))}`);
      return result?.ok === true;
    };
    // Text payloads: in the body, the title, the lead, tags and a byline, all at once.
    for (let i = 0; i < XSS_CORPUS.length; i += 40) {
      const batch = XSS_CORPUS.slice(i, i + 40);
      await save(batch[0]!.slice(0, 250), { type: 'doc', content: batch.map((p) => paragraph(text(p))) }, {
        lead: batch.join(' ').slice(0, 1900),
        tags: batch.slice(0, 5).map((p) => p.slice(0, 80)),
        bylines: [{ role: 'writer', label: 'Bài', name: batch[1]!.slice(0, 120) }],
        seoTitle: batch[2]!.slice(0, 300),
        seoDescription: batch[3]!.slice(0, 500),
      });
      battery.check(true, 'batch saved');
    }
    for (const href of HOSTILE_HREFS) {
      await save('Liên kết độc', { type: 'doc', content: [paragraph({ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href } }] })] });
    }
    for (const node of HOSTILE_STRUCTURES) await save('Cấu trúc độc', { type: 'doc', content: [node] });
    // Last save: every text payload plus the allowed markup, which must survive intact.
    const final = await save('Bài kiểm tra XSS', { type: 'doc', content: [...CONTROL.content, ...XSS_CORPUS.map((p) => paragraph(text(p)))] });
    battery.check(final, `${role}: the final save with allowed markup was refused`);
    if (role === 'editor') {
      const { result } = await articleAction(desk.request, 'publish', { id, version, snapshot: snapshot('Bài kiểm tra XSS', 'x', { type: 'doc', content: [...CONTROL.content, ...XSS_CORPUS.map((p) => paragraph(text(p)))] }) });
      battery.check(result?.ok === true, 'editor could not publish');
      const row = queryOne<{ slug: string; section: string }>('SELECT a.slug, c.slug AS section FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.id = ?', id)!;
      published.push(`/${row.section}/${row.slug}-${id}`);
    }
    drafts.push(id);
  }

  // Rendered: the editor and preview as their staff, the public page as a reader.
  const staffContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const readerContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const reporterPage = await browserFor(staffContext, writer, dialogs);
  for (const path of [`/admin/articles/${drafts[0]}`, `/admin/articles/${drafts[0]}/preview`]) {
    const { found } = await scanPage(reporterPage, path, dialogs);
    battery.check(found.length === 0, `${path}: ${found.join(', ')}`);
  }
  const editorContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const editorPage = await browserFor(editorContext, desk, dialogs);
  const { found: inEditor } = await scanPage(editorPage, `/admin/articles/${drafts[1]}`, dialogs);
  battery.check(inEditor.length === 0, `editor page: ${inEditor.join(', ')}`);
  const readerPage = await browserFor(readerContext, null, dialogs);
  for (const path of published) {
    const { found } = await scanPage(readerPage, path, dialogs);
    battery.check(found.length === 0, `${path}: ${found.join(', ')}`);
    const article = readerPage.locator('article').first();
    await expect(article.getByRole('heading', { name: 'Tiêu đề phụ an toàn', level: 2 })).toBeVisible();
    await expect(article.locator('strong', { hasText: 'đậm' })).toBeVisible();
    await expect(article.locator('em', { hasText: 'nghiêng' })).toBeVisible();
    await expect(article.getByRole('link', { name: 'liên kết' })).toHaveAttribute('href', 'https://baochinhphu.vn/');
    await expect(article.getByRole('listitem').filter({ hasText: 'Mục một' })).toBeVisible();
    await expect(article).toContainText('<img src=x onerror=alert(1)>');
  }
  battery.check(dialogs.length === 0, `dialogs opened: ${dialogs.join(', ')}`);
  report(info, { tried: battery.tried, passed: battery.passed }, { payloads: XSS_CORPUS.length + HOSTILE_HREFS.length + HOSTILE_STRUCTURES.length, 'saves accepted': saved, 'saves refused': refused, dialogs: dialogs.length });
  expect(battery.failures).toEqual([]);
  await staffContext.close();
  await editorContext.close();
  await readerContext.close();
});
