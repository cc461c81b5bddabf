import { escapeXml } from './xml';

// RSS 2.0 is written here rather than with the `feed` package: it wraps every item title and
// description in CDATA holding the raw string, so a headline like `<svg/onload=…>` reached feed
// readers as markup, and it kept only one dc:creator per item. Every text below is escaped once
// for XML, so a parser hands back exactly the plain text the newsroom typed.

/** Escapes plain text for an HTML context: readers render <description> as HTML. */
function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type FeedItem = {
  title: string;
  lead: string;
  url: string;
  guid: string;
  publishedAt: Date;
  section: { name: string; url: string };
  authors: string[];
  image: { url: string; type: string; length: number } | null;
};

export type FeedChannel = {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  self: string;
  imageUrl: string;
  copyright: string;
  /** When the content last changed: lastBuildDate, the same time as the response's Last-Modified. */
  updatedAt: Date;
  items: FeedItem[];
};

const DC_NS = 'http://purl.org/dc/elements/1.1/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const TTL_MINUTES = 5;

type Attributes = Record<string, string | number>;

/** One element holding escaped text. */
function element(name: string, text: string, attributes: Attributes = {}): string {
  return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

function attributeList(attributes: Attributes): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

function itemXml(item: FeedItem): string {
  return [
    element('title', item.title),
    element('link', item.url),
    element('guid', item.guid, { isPermaLink: item.guid === item.url ? 'true' : 'false' }),
    element('pubDate', item.publishedAt.toUTCString()),
    // Feed readers render a description as HTML; the lead is plain text, so it is escaped as
    // HTML first, then as XML like everything else.
    ...(item.lead ? [element('description', escapeHtmlText(item.lead))] : []),
    element('category', item.section.name, { domain: item.section.url }),
    ...(item.image ? [`<enclosure${attributeList({ url: item.image.url, length: item.image.length, type: item.image.type })}/>`] : []),
    // RSS's own <author> must be an e-mail address; Dublin Core takes a name, once per writer.
    ...item.authors.map((name) => element('dc:creator', name)),
  ].join('');
}

/** An RSS 2.0 document: plain text in every field, never CDATA. */
export function buildRss(channel: FeedChannel): string {
  const head = [
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('lastBuildDate', channel.updatedAt.toUTCString()),
    element('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    element('language', 'vi'),
    element('ttl', String(TTL_MINUTES)),
    `<image>${element('title', channel.title)}${element('url', channel.imageUrl)}${element('link', channel.link)}</image>`,
    element('copyright', channel.copyright),
    `<atom:link${attributeList({ href: channel.self, rel: 'self', type: 'application/rss+xml' })}/>`,
  ].join('\n');
  const items = channel.items.map((item) => `<item>${itemXml(item)}</item>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:dc="${DC_NS}" xmlns:atom="${ATOM_NS}">`,
    '<channel>',
    head,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
