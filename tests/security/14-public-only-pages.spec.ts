import { expect, test, type APIRequestContext } from '@playwright/test';
import { slugify } from '../../lib/vi/text';
import { Battery, report } from './cases';
import { anonymous, articleAction, createDraft, queryOne, snapshot, staffSession } from './support';

// A reporter's draft creates its tags and byline authors as it is saved. Until an editor
// publishes it, neither may have a page, a sitemap entry or a feed line; once the last public
// article leaves them (unpublished, tag removed, deleted) the pages go again, cache included.

type Visibility = 'hidden' | 'public';

test('14 tag and author pages exist only while a public article uses them', async ({}, info) => {
  const battery = new Battery();
  const writer = await staffSession('reporter', 'Phóng Viên Bí Mật');
  const desk = await staffSession('editor', 'Biên Tập Bí Mật');
  const reader = await anonymous();
  const mark = `cv${Date.now().toString(36)}`;
  const tagName = `Chủ đề cấm vận ${mark}`;
  const authorName = `Bút danh ${mark}`;
  const title = `Bài cấm vận ${mark}`;
  const fields = (withTag: boolean) => ({
    ...snapshot(title, 'Nội dung chưa được duyệt.'),
    tags: withTag ? [tagName] : [],
    bylines: [{ role: 'writer', label: 'Bài', name: authorName }],
  });

  // Asked for before the tag exists: that 404 must not outlive the tag's first public article.
  const early = await reader.get(`/chu-de/${slugify(tagName)}`);
  expect(early.status()).toBe(404);
  const draft = await createDraft(writer.request, title);
  const id = draft.id;
  let version = await act(writer.request, 'save', { id, version: draft.version, snapshot: fields(true) });
  const tagSlug = queryOne<{ slug: string }>('SELECT slug FROM tags WHERE name = ?', tagName)!.slug;
  const authorSlug = queryOne<{ slug: string }>('SELECT au.slug FROM authors au JOIN article_bylines b ON b.author_id = au.id WHERE b.article_id = ?', id)!.slug;
  const section = queryOne<{ slug: string }>('SELECT c.slug FROM sections c JOIN articles a ON a.section_id = c.id WHERE a.id = ?', id)!.slug;
  const tagPages = [`/chu-de/${tagSlug}`, `/chu-de/${tagSlug}?trang=2`, `/chu-de/${tagSlug}/trang/2`];
  const authorPages = [`/tac-gia/${authorSlug}`, `/tac-gia/${authorSlug}?trang=2`, `/tac-gia/${authorSlug}/trang/2`];
  const surfaces = ['/sitemap.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/news-sitemap.xml', '/rss.xml', `/rss/${section}.xml`];
  let requests = 0;

  async function expectPages(paths: string[], state: Visibility, step: string) {
    for (const [index, path] of paths.entries()) {
      const response = await reader.get(path, { maxRedirects: 0 });
      const text = await response.text();
      requests += 1;
      // Page 2 of a one-article listing never exists.
      const expected = state === 'public' && index === 0 ? 200 : 404;
      battery.check(response.status() === expected, `${step}: ${path} answered ${response.status()}, expected ${expected}`);
      // The slug is in the URL (and so in the page's router data); the names and the title are not.
      const named = [tagName, authorName, title].filter((name) => text.toLowerCase().includes(name.toLowerCase()));
      if (expected === 404) battery.check(named.length === 0, `${step}: the 404 at ${path} shows ${named.join(', ')}`);
    }
  }

  async function expectSurfaces(state: { tag: Visibility; author: Visibility }, step: string) {
    const bodies = await Promise.all(surfaces.map(async (path) => (await reader.get(path)).text()));
    requests += surfaces.length;
    const all = bodies.join('\n');
    const has = (needle: string) => all.includes(needle);
    battery.check(has(`/chu-de/${tagSlug}<`) === (state.tag === 'public'), `${step}: sitemaps list the tag: ${has(`/chu-de/${tagSlug}<`)}`);
    battery.check(has(`/tac-gia/${authorSlug}<`) === (state.author === 'public'), `${step}: sitemaps list the author: ${has(`/tac-gia/${authorSlug}<`)}`);
    const live = state.author === 'public';
    battery.check(has(title) === live, `${step}: feeds and news sitemap carry the title: ${has(title)}`);
    battery.check(has(authorName) === live, `${step}: feeds carry the byline: ${has(authorName)}`);
  }

  async function expectState(state: { tag: Visibility; author: Visibility }, step: string) {
    await expectPages(tagPages, state.tag, step);
    await expectPages(authorPages, state.author, step);
    await expectSurfaces(state, step);
  }

  // A never-submitted draft: asked for twice, so a cached answer is what the second one sees.
  await expectState({ tag: 'hidden', author: 'hidden' }, 'draft');
  await expectState({ tag: 'hidden', author: 'hidden' }, 'draft, again');

  version = await act(desk.request, 'publish', { id, version, snapshot: fields(true) });
  await expectState({ tag: 'public', author: 'public' }, 'published');
  const page = await (await reader.get(tagPages[0]!)).text();
  battery.check(page.includes(tagName) && page.includes(title), 'the published tag page shows the tag and the article');

  version = await act(desk.request, 'unpublish', { id, version });
  await expectState({ tag: 'hidden', author: 'hidden' }, 'unpublished');

  version = await act(desk.request, 'publish', { id, version, snapshot: fields(true) });
  await expectState({ tag: 'public', author: 'public' }, 'published again');

  version = await act(desk.request, 'update', { id, version, snapshot: fields(false) });
  await expectState({ tag: 'hidden', author: 'public' }, 'tag removed');

  await act(desk.request, 'delete', { id, version });
  await expectState({ tag: 'hidden', author: 'hidden' }, 'deleted');

  // A second draft with a new tag, looked at, then deleted by its reporter: nothing ever showed.
  const other = `Chủ đề nháp ${mark}`;
  const second = await createDraft(writer.request, `Nháp ${mark}`);
  const secondVersion = await act(writer.request, 'save', { id: second.id, version: second.version, snapshot: { ...fields(false), title: `Nháp ${mark}`, tags: [other] } });
  const otherSlug = queryOne<{ slug: string }>('SELECT slug FROM tags WHERE name = ?', other)!.slug;
  await expectPages([`/chu-de/${otherSlug}`], 'hidden', 'second draft');
  await act(writer.request, 'delete', { id: second.id, version: secondVersion });
  await expectPages([`/chu-de/${otherSlug}`], 'hidden', 'second draft deleted');

  report(info, { tried: battery.tried, passed: battery.passed }, { requests });
  expect(battery.failures).toEqual([]);
});

/** Runs an article action that must succeed; returns the article's new version. */
async function act(request: APIRequestContext, action: Parameters<typeof articleAction>[1], input: Record<string, unknown>): Promise<number> {
  const { result, text } = await articleAction(request, action, input);
  expect(result?.ok, `${action} failed: ${text.slice(0, 300)}`).toBe(true);
  return Number(result!.version);
}
