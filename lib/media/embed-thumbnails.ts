import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EMBED_THUMBNAIL_SIZES, parseEmbedUrl, type EmbedProvider } from '@/lib/article-body/embeds';
import type { ArticleBody } from '@/lib/article-body/schema';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { readLimited } from './read-limited';
import sharp from './sharp';
import { sniffImageType } from './sniff';

// An embed's poster, made when the article is saved: the platform's oEmbed answer gives a title
// and a thumbnail URL, the thumbnail is fetched once, on the server, and kept as a small WebP in
// the media folder, named by the embed's URL. Readers get it from this site, so the facade still
// makes no request to the platform before the click. Anything off (slow, too big, not an image,
// another host, a redirect) leaves the embed without a poster and the save goes on.

export type OembedConfig = {
  /** Each platform's oEmbed endpoint (asked with ?url=…&format=json). */
  endpoints: Partial<Record<EmbedProvider, string>>;
  /** Whether a thumbnail URL the answer names is the platform's own image host. */
  imageAllowed: (provider: EmbedProvider, url: URL) => boolean;
  /** For the oEmbed answer and the image together. */
  timeoutMs: number;
  maxJsonBytes: number;
  maxImageBytes: number;
};

const onDomain = (hostname: string, domain: string) => hostname === domain || hostname.endsWith(`.${domain}`);

/** The platforms' own endpoints and image hosts (YouTube's and TikTok's need no API key). */
export const PLATFORM_OEMBED: OembedConfig = {
  endpoints: { youtube: 'https://www.youtube.com/oembed', tiktok: 'https://www.tiktok.com/oembed' },
  imageAllowed: (provider, url) =>
    url.protocol === 'https:' &&
    (provider === 'youtube'
      ? url.hostname === 'i.ytimg.com'
      : provider === 'tiktok' && (onDomain(url.hostname, 'tiktokcdn.com') || onDomain(url.hostname, 'tiktokcdn-us.com'))),
  timeoutMs: 3000,
  maxJsonBytes: 64 * 1024,
  maxImageBytes: 2 * 1024 * 1024,
};

/** One server for every platform (EMBED_OEMBED_BASE, tests): `${base}/${provider}/oembed`, images from its own origin only. */
export function stubOembed(base: string): OembedConfig {
  const origin = new URL(base).origin;
  const endpoints = Object.fromEntries(Object.keys(EMBED_THUMBNAIL_SIZES).map((p) => [p, `${base}/${p}/oembed`]));
  return { ...PLATFORM_OEMBED, endpoints, imageAllowed: (_, url) => url.origin === origin };
}

const configured = (): OembedConfig => (env.EMBED_OEMBED_BASE ? stubOembed(env.EMBED_OEMBED_BASE) : PLATFORM_OEMBED);

/** The poster's path under the media folder: one per embed URL. */
export function embedThumbnailPath(url: string): string {
  return `embeds/${createHash('sha256').update(url).digest('hex').slice(0, 32)}.webp`;
}

/** A GET that must answer 200 itself (a redirect could lead anywhere) with the expected type, within the byte limit. */
async function fetchExpecting(url: string, type: RegExp, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: type.source } });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  if (!type.test(response.headers.get('content-type') ?? '')) throw new Error(`content-type ${response.headers.get('content-type')}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) throw new Error(`declared ${declared} bytes`);
  return readLimited(response.body, limit);
}

/** The platform's title and poster (WebP at the facade's size) for an embed URL; throws on anything off. */
export async function fetchEmbedThumbnail(
  provider: EmbedProvider,
  embedUrl: string,
  config: OembedConfig,
): Promise<{ title: string; webp: Buffer }> {
  const endpoint = config.endpoints[provider];
  const size = EMBED_THUMBNAIL_SIZES[provider];
  if (!endpoint || !size) throw new Error(`no oEmbed for ${provider}`);
  const signal = AbortSignal.timeout(config.timeoutMs);
  const query = `${endpoint}?url=${encodeURIComponent(embedUrl)}&format=json`;
  const answer = JSON.parse(new TextDecoder().decode(await fetchExpecting(query, /json/, config.maxJsonBytes, signal))) as {
    title?: unknown;
    thumbnail_url?: unknown;
  };
  if (typeof answer.thumbnail_url !== 'string') throw new Error('no thumbnail_url');
  const imageUrl = new URL(answer.thumbnail_url);
  if (!config.imageAllowed(provider, imageUrl)) throw new Error(`thumbnail host ${imageUrl.host} not allowed`);
  const image = await fetchExpecting(imageUrl.href, /^image\//, config.maxImageBytes, signal);
  // The bytes decide, not the header.
  if (!sniffImageType(image)) throw new Error('thumbnail is not an image');
  const webp = await sharp(image, { limitInputPixels: 40_000_000 }).resize(size.width, size.height, { fit: 'cover' }).webp({ quality: 70 }).toBuffer();
  const title = typeof answer.title === 'string' ? answer.title.trim().slice(0, 300) : '';
  return { title, webp };
}

// A platform that failed is not asked again for a while: saves (autosaves every 15 s) stay quick.
const RETRY_AFTER_MS = 10 * 60 * 1000;
const failedAt = new Map<string, number>();

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * The body with every YouTube and TikTok embed pointing at its local poster, fetched now when
 * missing (a title the writer left empty takes the platform's). Never throws: an embed whose
 * poster cannot be had keeps the facade without one.
 */
export async function withEmbedThumbnails(body: ArticleBody, config: OembedConfig = configured()): Promise<ArticleBody> {
  const content = await Promise.all(
    body.content.map(async (block) => {
      if (block.type !== 'embed') return block;
      const parsed = parseEmbedUrl(block.attrs.url);
      if (!parsed || !EMBED_THUMBNAIL_SIZES[parsed.provider]) return block;
      const stored = embedThumbnailPath(parsed.url);
      const file = path.join(env.MEDIA_DIR, stored);
      if (await exists(file)) return { ...block, attrs: { ...block.attrs, thumbnail: stored } };
      if (Date.now() - (failedAt.get(parsed.url) ?? -Infinity) < RETRY_AFTER_MS) return block;
      try {
        const { title, webp } = await fetchEmbedThumbnail(parsed.provider, parsed.url, config);
        await fs.mkdir(path.dirname(file), { recursive: true });
        // Written aside then renamed: a reader never gets half a file, two saves at once no error.
        const partial = `${file}.${process.pid}.${Date.now()}.part`;
        await fs.writeFile(partial, webp);
        await fs.rename(partial, file);
        failedAt.delete(parsed.url);
        return { ...block, attrs: { ...block.attrs, title: block.attrs.title || title, thumbnail: stored } };
      } catch (error) {
        failedAt.set(parsed.url, Date.now());
        // The reason is enough: an offline server or a platform's refusal is no bug to trace.
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        log('warn', 'embed thumbnail not stored', { provider: parsed.provider, url: parsed.url, reason });
        return block;
      }
    }),
  );
  return { ...body, content };
}
