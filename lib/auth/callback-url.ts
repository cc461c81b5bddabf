import { safeLink } from '@/lib/security/safe-link';

// Where to go after signing in. Only admin paths on this site: an open redirect through the
// login page would make a convincing phishing link.

export const DEFAULT_AFTER_LOGIN = '/admin';

/** The given path when it is a same-site /admin path, else /admin. Accepts absolute URLs on `origin`. */
export function safeCallbackPath(value: string | null | undefined, origin?: string): string {
  const link = value ? safeLink(value, origin) : null;
  if (!link || link.external) return DEFAULT_AFTER_LOGIN;
  const { pathname, search } = new URL(link.href, 'http://toa-soan.invalid');
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) return DEFAULT_AFTER_LOGIN;
  if (pathname.startsWith('/admin/login') || pathname.startsWith('/admin/setup')) return DEFAULT_AFTER_LOGIN;
  return `${pathname}${search}`;
}
