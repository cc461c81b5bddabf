import { Feed } from 'feed';

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
  category: { name: string; url: string };
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
  items: FeedItem[];
};

const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** The newest item's date, or the epoch for an empty feed; also the feed's Last-Modified. */
export function feedUpdatedAt(items: FeedItem[]): Date {
  return new Date(Math.max(0, ...items.map((item) => item.publishedAt.getTime())));
}

/** An RSS 2.0 document; authors go in dc:creator because RSS's own <author> must be an e-mail. */
export function buildRss(channel: FeedChannel): string {
  const feed = new Feed({
    id: channel.link,
    title: channel.title,
    description: channel.description,
    link: channel.link,
    feed: channel.self,
    language: 'vi',
    image: channel.imageUrl,
    copyright: channel.copyright,
    updated: feedUpdatedAt(channel.items),
    generator: false,
    ttl: 5,
  });
  for (const item of channel.items) {
    feed.addItem({
      title: item.title,
      link: item.url,
      // A guid equal to the link is written as a permalink.
      ...(item.guid !== item.url ? { guid: item.guid } : {}),
      date: item.publishedAt,
      // Feed readers render a description as HTML; the lead is plain text, so it is escaped.
      description: escapeHtmlText(item.lead),
      category: [{ name: item.category.name, domain: item.category.url }],
      ...(item.image ? { enclosure: { url: item.image.url, type: item.image.type, length: item.image.length } } : {}),
      extensions: item.authors.map((name) => ({ name: 'dc:creator', objects: { _text: name } })),
    });
  }
  // The library declares the Dublin Core namespace only for full-content feeds.
  const xml = feed.rss2();
  return xml.includes('xmlns:dc=') ? xml : xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DC_NS}"`);
}
