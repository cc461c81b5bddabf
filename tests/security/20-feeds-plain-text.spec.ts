import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { Battery, report } from './cases';
import { anonymous, articleAction, createDraft, queryOne, snapshot, staffSession } from './support';
import { XSS_CORPUS } from './xss-corpus';

// Headlines, leads, bylines and tags that look like markup, published, then read back from every
// feed of the site by two XML parsers: each field is the literal text the newsroom typed, and no
// CDATA section carries a '<' (raw markup a feed reader would render).

type Item = Parser.Item & { creators?: string[] };

const rssParser = new Parser<Record<string, never>, { creators: string[] }>({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } });
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['item', 'dc:creator'].includes(name),
});
const CDATA_WITH_MARKUP = /<!\[CDATA\[(?:(?!\]\]>)[\s\S])*</;

test('20 feed fields are plain text, escaped, never CDATA of raw markup', async ({}, info) => {
  const battery = new Battery();
  const desk = await staffSession('editor', 'Biên Tập Nguồn Tin');
  const reader = await anonymous();
  const hostile = [XSS_CORPUS[0]!, '<svg/onload=alert(1)> ]]> & "Tết"', XSS_CORPUS[XSS_CORPUS.length - 1]!];
  const published: { id: number; title: string; lead: string; names: string[] }[] = [];

  for (const [n, payload] of hostile.entries()) {
    const title = `${payload} tin ${n}`.slice(0, 250);
    const fields = {
      ...snapshot(title, 'Nội dung.'),
      lead: `${payload} <b>sa-pô</b> ${n}`,
      tags: [`${payload}`.slice(0, 70), '<i>chủ đề</i>'],
      bylines: [
        { role: 'writer', label: 'Bài', name: `${payload}`.slice(0, 100) || 'Tên' },
        { role: 'writer', label: 'Bài', name: `Trần <Lê> & "Hà" ${n}` },
      ],
    };
    const { id, version } = await createDraft(desk.request, title);
    const { result, text } = await articleAction(desk.request, 'publish', { id, version, snapshot: fields });
    expect(result?.ok, `publish failed: ${text.slice(0, 300)}`).toBe(true);
    const stored = queryOne<{ title: string; lead: string }>('SELECT title, lead FROM articles WHERE id = ?', id)!;
    const names = (queryOne<{ names: string }>("SELECT json_group_array(name) AS names FROM (SELECT name FROM article_bylines WHERE article_id = ? ORDER BY position)", id)!.names);
    published.push({ id, ...stored, names: JSON.parse(names) as string[] });
  }

  const sections = [queryOne<{ slugs: string }>('SELECT json_group_array(slug) AS slugs FROM sections')!.slugs].flatMap((s) => JSON.parse(s) as string[]);
  const feeds = ['/rss.xml', ...sections.map((slug) => `/rss/${slug}.xml`)];
  let items = 0;
  for (const path of feeds) {
    const response = await reader.get(path);
    battery.check(response.status() === 200, `${path} answered ${response.status()}`);
    const xml = await response.text();
    battery.check(!CDATA_WITH_MARKUP.test(xml), `${path} has a CDATA section holding '<'`);
    const viaRss = (await rssParser.parseString(xml)).items as Item[];
    const channel = xmlParser.parse(xml).rss.channel as { item?: Record<string, unknown>[] };
    const viaXml = channel.item ?? [];
    battery.check(viaRss.length === viaXml.length, `${path}: the parsers disagree on the number of items`);
    for (const [index, item] of viaRss.entries()) {
      items += 1;
      const other = viaXml[index]!;
      battery.check(item.title === other.title, `${path}: title ${JSON.stringify(item.title)} vs ${JSON.stringify(other.title)}`);
      const article = published.find((p) => item.link?.endsWith(`-${p.id}`));
      if (!article) continue;
      battery.check(item.title === article.title, `${path}: title ${JSON.stringify(item.title)} is not ${JSON.stringify(article.title)}`);
      // <description> is HTML to a feed reader; as HTML it must read as the lead, with no element in it.
      battery.check(item.contentSnippet === article.lead, `${path}: description reads ${JSON.stringify(item.contentSnippet)}, not the lead`);
      battery.check(!/[<>]/.test(item.content ?? ''), `${path}: description carries markup ${JSON.stringify(item.content)}`);
      battery.check(other.description === item.content, `${path}: fast-xml-parser reads another description`);
      battery.check(JSON.stringify(item.creators) === JSON.stringify(article.names), `${path}: creators ${JSON.stringify(item.creators)} are not ${JSON.stringify(article.names)}`);
      battery.check(JSON.stringify(other['dc:creator']) === JSON.stringify(article.names), `${path}: fast-xml-parser creators ${JSON.stringify(other['dc:creator'])}`);
    }
    for (const article of published) {
      const inFeed = viaRss.some((item) => item.link?.endsWith(`-${article.id}`));
      if (path === '/rss.xml') battery.check(inFeed, `${path} does not carry article ${article.id}`);
    }
  }

  report(info, { tried: battery.tried, passed: battery.passed }, { feeds: feeds.length, items, 'hostile articles': published.length });
  expect(battery.failures).toEqual([]);
});
