import { expect, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { registerSearchFunctions } from '../../lib/search/sql-functions';
import { makeImage } from '../../lib/media/test-images';
import { callServerAction, serverActionId } from '../../e2e/helpers/server-actions';
import { E2E_BASE_URL, E2E_DATABASE_PATH } from '../../e2e/helpers/env';
import { Battery, report } from './cases';
import { actionResult, anonymous as anonymousSession, createDraft, ownerSession, queryOne, snapshot, staffSession } from './support';

// A reporter once broke the photo library for everyone with one draft: a body nested ~300 lists
// deep was accepted, and SQLite's JSON functions then failed every where-used query (media page,
// update, delete); at ~400 levels the save itself overflowed the stack (500). Bodies nested 10,
// 300, 400 and 5,000 deep go through the real save action; then rows that old versions could have
// stored (over-deep, damaged JSON) go straight into SQLite, and the library, search, RSS and the
// article page must still answer.

const LIMIT_MESSAGE = 'Danh sách và trích dẫn chỉ được lồng vào nhau tối đa 10 cấp.';

/** A body whose list is nested `levels` deep, as JSON text: built by hand, since JSON.stringify overflows at 5,000. */
function nestedBodyJson(levels: number, word: string): string {
  let json = `{"type":"paragraph","content":[{"type":"text","text":"${word}"}]}`;
  for (let i = 0; i < levels; i++) json = `{"type":"bulletList","content":[{"type":"listItem","content":[${json}]}]}`;
  return `{"type":"doc","content":[${json}]}`;
}

/** The save action over HTTP with the body spliced in as text (the way a hostile client can send it). */
async function saveNested(request: APIRequestContext, draft: { id: number; version: number }, levels: number) {
  const rest = JSON.stringify(snapshot(`Lồng ${levels} cấp`, 'x', '__BODY__'));
  const args = `[${JSON.stringify({ id: draft.id, version: draft.version, snapshot: JSON.parse(rest) }).replace('"__BODY__"', nestedBodyJson(levels, `cap${levels}`))}]`;
  const response = await request.post(`/admin/articles/${draft.id}`, {
    headers: {
      'Next-Action': serverActionId('app/admin/articles/_actions/save-article.ts', 'saveArticleAction'),
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: E2E_BASE_URL,
    },
    data: args,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const text = await response.text();
  return { status: response.status(), text, result: actionResult(text) };
}

/** Inserts an article row as an old version or a damaged disk could have left it. */
function injectArticle(title: string, body: string, status: 'draft' | 'published'): number {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.pragma('busy_timeout = 5000');
    registerSearchFunctions(db);
    const section = db.prepare('SELECT id FROM sections ORDER BY id LIMIT 1').get() as { id: number };
    const slug = `bai-hong-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    return (
      db
        .prepare('INSERT INTO articles (title, slug, lead, body, status, published_at, section_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id')
        .get(title, slug, 'Sa-pô bài hỏng.', body, status, status === 'published' ? Date.now() - 60_000 : null, section.id) as { id: number }
    ).id;
  } finally {
    db.close();
  }
}

test('13 body limits: deep bodies refused clearly; the photo library, search and RSS survive bad stored rows', async ({}, info) => {
  test.setTimeout(120_000);
  const battery = new Battery();
  const reporter = await staffSession('reporter', 'Phóng Viên Lồng Sâu');
  const owner = await ownerSession();
  const upload = async () => {
    const response = await owner.post('/api/uploads', {
      headers: { Origin: E2E_BASE_URL },
      multipart: { file: { name: 'anh.jpg', mimeType: 'image/jpeg', buffer: await makeImage('jpeg') }, alt: 'Ảnh thử' },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return ((await response.json()) as { media: { id: number } }).media.id;
  };
  const photo = await upload();
  const spare = await upload();

  /** Every way into the photo library answers, and update and delete do their work. */
  const libraryWorks = async (stage: string) => {
    for (const path of ['/admin/media', `/admin/media/${photo}`]) {
      const status = (await owner.get(path, { failOnStatusCode: false })).status();
      battery.check(status === 200, `${stage}: GET ${path} answered ${status}`);
    }
    const caption = `Chú thích ${stage}`;
    const update = await callServerAction(owner, {
      page: `/admin/media/${photo}`,
      filename: 'app/admin/media/actions.ts',
      exportedName: 'updateMediaAction',
      previousState: { status: 'idle' },
      fields: { id: String(photo), alt: 'Ảnh thử', caption, credit: '' },
    });
    const saved = queryOne<{ caption: string }>('SELECT caption FROM media WHERE id = ?', photo)?.caption;
    battery.check(update.status() === 200 && saved === caption, `${stage}: media update answered ${update.status()}, caption ${saved}`);
  };

  // Through the save action, as a reporter.
  const draft = await createDraft(reporter.request, 'Bài lồng danh sách');
  const ten = await saveNested(reporter.request, draft, 10);
  const stored = queryOne<{ body: string }>('SELECT body FROM articles WHERE id = ?', draft.id)?.body ?? '';
  battery.check(ten.status === 200 && ten.result?.ok === true && stored.includes('cap10'), `10 levels: ${ten.status} ${ten.text.slice(0, 200)}`);
  const figures: Record<string, string | number> = {};
  // 11 levels reach the action, which answers the editor with the limit; deeper payloads are
  // stopped by the proxy (413) before React decodes them, with the same limit named.
  for (const levels of [11, 300, 400, 5_000]) {
    const current = Number(queryOne<{ version: number }>('SELECT version FROM articles WHERE id = ?', draft.id)?.version);
    const started = Date.now();
    const answer = await saveNested(reporter.request, { id: draft.id, version: current }, levels);
    figures[`${levels} levels`] = `${answer.status} in ${Date.now() - started} ms`;
    const refused =
      levels === 11
        ? answer.status === 200 && answer.result?.ok === false && answer.result.message === `Nội dung: ${LIMIT_MESSAGE}`
        : answer.status === 413 && answer.text.includes('chỉ được lồng vào nhau tối đa 10 cấp');
    battery.check(refused, `${levels} levels: ${answer.status} ${answer.text.slice(0, 300)}`);
    const after = queryOne<{ body: string; version: number }>('SELECT body, version FROM articles WHERE id = ?', draft.id);
    battery.check(after?.version === current && !after.body.includes(`cap${levels}`), `${levels} levels: the draft changed`);
  }
  await libraryWorks('after the saves');

  // Rows the limits never saw: nested past SQLite's JSON depth limit (published, so search and
  // RSS meet it) and damaged JSON (a draft, as the photo library sees every draft).
  const deepId = injectArticle('Bài lồng sâu đuôitrêu', nestedBodyJson(300, 'chìm'), 'published');
  injectArticle('Bài hỏng', '{"type":"doc","content":[{"type":"figure"', 'draft');
  await libraryWorks('beside bad rows');
  const anonymous = await anonymousSession();
  const deepPath = queryOne<{ path: string }>(
    "SELECT '/' || c.slug || '/' || a.slug || '-' || a.id AS path FROM articles a JOIN sections c ON c.id = a.section_id WHERE a.id = ?",
    deepId,
  )?.path;
  for (const path of ['/tim-kiem?q=%C4%91u%C3%B4itr%C3%AAu', '/rss.xml', '/', deepPath ?? '/khong-co']) {
    const response = await anonymous.get(path, { failOnStatusCode: false, maxRedirects: 0 });
    battery.check(response.status() === 200, `beside bad rows: GET ${path} answered ${response.status()}`);
    if (path.startsWith('/tim-kiem')) battery.check((await response.text()).includes('đuôitrêu'), 'search lists the article with the over-deep body');
  }

  // Deleting a photo no article uses still works (a where-used query over every body).
  const removed = await callServerAction(owner, {
    page: `/admin/media/${spare}`,
    filename: 'app/admin/media/actions.ts',
    exportedName: 'deleteMediaAction',
    previousState: { status: 'idle' },
    fields: { id: String(spare) },
  });
  const gone = queryOne<{ id: number }>('SELECT id FROM media WHERE id = ?', spare) === undefined;
  battery.check(removed.status() < 400 && gone, `delete answered ${removed.status()}, photo gone: ${gone}`);

  report(info, { tried: battery.tried, passed: battery.passed }, figures);
  expect(battery.failures).toEqual([]);
});
