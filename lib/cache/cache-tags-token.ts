import { createHmac, timingSafeEqual } from 'node:crypto';

// Derived from AUTH_SECRET (beside the database, shared by every process started on it and by
// the command-line tools), never AUTH_SECRET itself: this token can only expire cache tags.
function token(secret: string): string {
  return createHmac('sha256', secret).update('toasoan expire cache tags').digest('base64url');
}

/** The bearer token a command-line tool sends to /api/internal/cache-tags. */
export function cacheTagsToken(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return token(secret);
}

/** True only for `Bearer <token>` with this server's token, compared in constant time. */
export function isCacheTagsAuthorization(header: string | null): boolean {
  const secret = process.env.AUTH_SECRET;
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const a = Buffer.from(header.slice('Bearer '.length));
  const b = Buffer.from(token(secret));
  return a.length === b.length && timingSafeEqual(a, b);
}
