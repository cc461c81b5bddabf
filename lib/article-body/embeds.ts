// Third-party content an article may embed, from a URL the editor pastes. Only these platforms and
// only these URL shapes: the frame address is derived here, on every render, from the original
// URL, so no stored attribute ever names what a reader's browser loads. Pure code: the editor runs
// it to refuse a URL before the server would.

export const EMBED_PROVIDERS = ['youtube', 'facebook', 'tiktok', 'x', 'google-maps'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export const EMBED_PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  x: 'X (Twitter)',
  'google-maps': 'Google Maps',
};

/** The one origin each platform's frame is served from: the CSP of a page with an embed allows exactly these. */
export const EMBED_FRAME_ORIGINS: Record<EmbedProvider, string> = {
  // The no-cookie player sets no cookie until the reader plays the video.
  youtube: 'https://www.youtube-nocookie.com',
  facebook: 'https://www.facebook.com',
  tiktok: 'https://www.tiktok.com',
  x: 'https://platform.twitter.com',
  'google-maps': 'https://www.google.com',
};

/**
 * The poster an embed may carry, made from the platform's own thumbnail when the article is saved
 * (lib/media/embed-thumbnails.ts) and served from this site: a path under the media folder.
 */
export const EMBED_THUMBNAIL_PATH = /^embeds\/[0-9a-f]{32}\.webp$/;

/** The platforms whose oEmbed gives a thumbnail without an API key, and the poster's size for each (the facade's shape). */
export const EMBED_THUMBNAIL_SIZES: Partial<Record<EmbedProvider, { width: number; height: number }>> = {
  youtube: { width: 480, height: 270 },
  tiktok: { width: 360, height: 640 },
};

export type ParsedEmbed = {
  provider: EmbedProvider;
  /** The original, normalised: what "Xem trên …" links to and what is stored. */
  url: string;
  /** What the reader's click loads, on EMBED_FRAME_ORIGINS[provider] only. */
  frameSrc: string;
  kind: 'video' | 'post' | 'map';
};

/** How the facade names what it holds. */
export const EMBED_KIND_NAMES: Record<ParsedEmbed['kind'], string> = { video: 'video', post: 'bài đăng', map: 'bản đồ' };

export const EMBED_URL_MESSAGE =
  'Chỉ nhúng được địa chỉ của YouTube (video), Facebook (bài đăng, video), TikTok (video), X/Twitter (bài đăng) và Google Maps (địa điểm, bản đồ nhúng). Liên kết rút gọn (fb.watch, maps.app.goo.gl…) hãy mở ra rồi dán địa chỉ đầy đủ.';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DIGITS = /^\d{1,25}$/;
// Plain code rather than a zod schema: the editor runs it, and zod was 31 KiB (gzip) of its JavaScript.
/** The text as an https URL with neither credentials nor a port other than 443, or null. */
function httpsUrl(raw: string): URL | null {
  const value = raw.trim();
  if (value.length > 2048) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return url.username || url.password || (url.port && url.port !== '443') ? null : url;
  } catch {
    return null;
  }
}

const host = (url: URL) => url.hostname.toLowerCase().replace(/^(www\.|m\.|mobile\.|web\.)/, '');
const segments = (url: URL) => url.pathname.split('/').filter(Boolean);

function youtube(url: URL): ParsedEmbed | null {
  const h = host(url);
  const parts = segments(url);
  let id: string | null | undefined = null;
  if (h === 'youtu.be') id = parts[0];
  else if (h === 'youtube.com' || h === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') id = url.searchParams.get('v');
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
  }
  if (!id || !ID.test(id) || id.length > 20) return null;
  return {
    provider: 'youtube',
    url: `https://www.youtube.com/watch?v=${id}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.youtube}/embed/${id}?autoplay=1`,
    kind: 'video',
  };
}

function facebook(url: URL): ParsedEmbed | null {
  if (host(url) !== 'facebook.com') return null;
  const parts = segments(url);
  let path: string | null = null;
  let video = false;
  if (parts.length === 3 && parts[1] === 'posts' && ID.test(parts[0]!) && ID.test(parts[2]!)) path = `/${parts.join('/')}`;
  else if (parts.length === 3 && parts[1] === 'videos' && ID.test(parts[0]!) && DIGITS.test(parts[2]!)) {
    path = `/${parts.join('/')}`;
    video = true;
  } else if (parts.length === 2 && parts[0] === 'reel' && DIGITS.test(parts[1]!)) {
    path = `/reel/${parts[1]}`;
    video = true;
  } else if (parts[0] === 'watch' && DIGITS.test(url.searchParams.get('v') ?? '')) {
    path = `/watch/?v=${url.searchParams.get('v')}`;
    video = true;
  } else if (parts[0] === 'permalink.php') {
    const story = url.searchParams.get('story_fbid') ?? '';
    const owner = url.searchParams.get('id') ?? '';
    if (ID.test(story) && DIGITS.test(owner)) path = `/permalink.php?story_fbid=${story}&id=${owner}`;
  }
  if (!path) return null;
  const original = `https://www.facebook.com${path}`;
  const plugin = video ? 'video.php' : 'post.php';
  return {
    provider: 'facebook',
    url: original,
    frameSrc: `${EMBED_FRAME_ORIGINS.facebook}/plugins/${plugin}?href=${encodeURIComponent(original)}&show_text=true`,
    kind: video ? 'video' : 'post',
  };
}

function tiktok(url: URL): ParsedEmbed | null {
  if (host(url) !== 'tiktok.com') return null;
  const [user, kind, id] = segments(url);
  if (!user?.startsWith('@') || !/^@[A-Za-z0-9_.]{1,40}$/.test(user) || kind !== 'video' || !id || !DIGITS.test(id)) return null;
  return {
    provider: 'tiktok',
    url: `https://www.tiktok.com/${user}/video/${id}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.tiktok}/embed/v2/${id}`,
    kind: 'video',
  };
}

function x(url: URL): ParsedEmbed | null {
  if (host(url) !== 'x.com' && host(url) !== 'twitter.com') return null;
  const [user, kind, id] = segments(url);
  if (!user || !/^[A-Za-z0-9_]{1,15}$/.test(user) || kind !== 'status' || !id || !DIGITS.test(id)) return null;
  return {
    provider: 'x',
    url: `https://x.com/${user}/status/${id}`,
    frameSrc: `${EMBED_FRAME_ORIGINS.x}/embed/Tweet.html?id=${id}&dnt=true`,
    kind: 'post',
  };
}

// A place name or coordinates, as Google Maps writes them in a URL; nothing that could be markup.
const PLACE = /^[\p{L}\p{N}\s,.'&()+-]{1,200}$/u;
const PB = /^[A-Za-z0-9!._%-]{1,2000}$/;

function googleMaps(url: URL): ParsedEmbed | null {
  const h = url.hostname.toLowerCase();
  const parts = segments(url);
  const onGoogle = h === 'www.google.com' || h === 'google.com' || h === 'maps.google.com' || h === 'www.google.com.vn' || h === 'google.com.vn';
  if (!onGoogle) return null;
  const maps = h === 'maps.google.com' ? ['maps', ...parts] : parts;
  if (maps[0] !== 'maps') return null;
  let query: string | null = null;
  if (maps[1] === 'embed') {
    const pb = url.searchParams.get('pb');
    if (!pb || !PB.test(pb)) return null;
    const original = `https://www.google.com/maps/embed?pb=${pb}`;
    return { provider: 'google-maps', url: original, frameSrc: original, kind: 'map' };
  }
  if (maps[1] === 'place' && maps[2]) query = decodeURIComponent(maps[2]).replace(/\+/g, ' ');
  else if (maps.length === 1) query = url.searchParams.get('q');
  else if (maps[1]?.startsWith('@')) query = maps[1].slice(1).split(',').slice(0, 2).join(',');
  if (!query || !PLACE.test(query)) return null;
  const q = encodeURIComponent(query.trim());
  return {
    provider: 'google-maps',
    url: `https://www.google.com/maps?q=${q}`,
    frameSrc: `${EMBED_FRAME_ORIGINS['google-maps']}/maps?q=${q}&output=embed`,
    kind: 'map',
  };
}

const PARSERS = [youtube, facebook, tiktok, x, googleMaps];

/** The embed a pasted URL stands for, or null when it is not one this site embeds. */
export function parseEmbedUrl(raw: string): ParsedEmbed | null {
  const url = httpsUrl(raw);
  if (!url) return null;
  for (const parse of PARSERS) {
    const embed = parse(url);
    if (embed) return embed;
  }
  return null;
}
