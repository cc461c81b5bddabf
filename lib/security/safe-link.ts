// The one check for every link a person typed that the site stores, renders or redirects to:
// article body links (on save and again on every render) and the sign-in callback. Browsers
// forgive far more than a strict reading of the same string (`/\evil.example`, a tab inside
// `//`, `https:evil.example`), so a link a browser could read another way is refused, never
// repaired. Pure code: the editor runs it in the browser too.

/** Stands in for the site when the caller has no SITE_URL (the editor): only "stays on the origin" matters. */
const ANY_SITE = 'https://toa-soan.invalid';
const MAX_LENGTH = 2048;
const SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
// C0/C1 controls, every space (ASCII and Unicode), soft hyphen and the invisible format characters
// (zero-width, bidi overrides): a browser strips or reinterprets them, a reader cannot see them.
const CONTROL_OR_INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/** A link that is safe to render: `href` normalised (a path for this site), `external` when it leaves it. */
export type SafeLink = { href: string; external: boolean };

const pathOf = (url: URL) => `${url.pathname}${url.search}${url.hash}`;

/**
 * The link as it may be rendered, or null when it is unsafe: only a path on this site (`/…`),
 * http(s) with `scheme://host`, mailto: and tel:. Backslashes, control and invisible characters,
 * `//host`, credentials (`https://site@evil`) and every other scheme are refused.
 */
export function safeLink(raw: string, siteUrl: string = ANY_SITE): SafeLink | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (raw.includes('\\') || CONTROL_OR_INVISIBLE.test(raw)) return null;
  const site = new URL(siteUrl);
  if (raw.startsWith('/')) {
    if (raw.startsWith('//')) return null;
    const url = parse(raw, site);
    return url && url.origin === site.origin ? { href: pathOf(url), external: false } : null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (!scheme || !SCHEMES.has(scheme)) return null;
  const url = parse(raw);
  if (!url) return null;
  if (scheme === 'http' || scheme === 'https') {
    // `https:evil.example` and `https:/evil.example` parse as https://evil.example: not what a reader sees.
    if (!/^https?:\/\/[^/]/i.test(raw) || !url.hostname || url.username || url.password) return null;
    return url.origin === site.origin ? { href: pathOf(url), external: false } : { href: url.href, external: true };
  }
  if (scheme === 'mailto' && !/^mailto:[^/?#@]+@[^/?#@]+/i.test(raw)) return null;
  if (scheme === 'tel' && !/^tel:\+?[0-9(][0-9().-]*$/i.test(raw)) return null;
  return { href: url.href, external: true };
}

function parse(raw: string, base?: URL): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}
