// Where to go after signing in. Only admin paths on this site: an open redirect through the
// login page would make a convincing phishing link.

export const DEFAULT_AFTER_LOGIN = '/admin';

/** The given path when it is a same-site /admin path, else /admin. Accepts absolute URLs on `origin`. */
export function safeCallbackPath(value: string | null | undefined, origin?: string): string {
  if (!value) return DEFAULT_AFTER_LOGIN;
  let candidate = value;
  if (origin && candidate.startsWith(`${origin}/`)) candidate = candidate.slice(origin.length);
  // Backslashes and control characters let browsers reinterpret a path as another host.
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return DEFAULT_AFTER_LOGIN;
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(candidate, 'http://toa-soan.invalid');
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.host !== 'toa-soan.invalid') return DEFAULT_AFTER_LOGIN;
  if (url.pathname !== '/admin' && !url.pathname.startsWith('/admin/')) return DEFAULT_AFTER_LOGIN;
  if (url.pathname.startsWith('/admin/login') || url.pathname.startsWith('/admin/setup')) return DEFAULT_AFTER_LOGIN;
  return `${url.pathname}${url.search}`;
}
