import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { articles, previewLinks, users } from '@/db/schema';

// Shareable preview links (/xem-truoc/{token}) that show an unpublished article to someone
// outside the newsroom (a source, the legal desk) and give nothing else: no session, no newsroom
// page. The token is 192 random bits; only its MAC under a key derived from AUTH_SECRET is
// stored, so neither a copy of the database nor of the table can open a preview. Each link
// expires (48 hours unless chosen otherwise) and can be revoked at once.

export const PREVIEW_LINK_TTL_MS = 48 * 60 * 60 * 1000;
const TOKEN_PREFIX = 'p1.';

// Read lazily: the start script sets AUTH_SECRET after modules load (as lib/auth/device-cookie.ts).
function tokenHash(token: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  const key = createHmac('sha256', secret).update('toasoan preview link').digest();
  return createHmac('sha256', key).update(token).digest('base64url');
}

export type PreviewLinkState = 'active' | 'expired' | 'revoked';
export type PreviewLinkItem = { id: number; createdAt: string; expiresAt: string; createdBy: string | null; state: PreviewLinkState };

const stateOf = (row: { expiresAt: Date; revokedAt: Date | null }, now: Date): PreviewLinkState =>
  row.revokedAt ? 'revoked' : row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';

/** A new link for the article; the token is returned once and never stored. Null for an unknown article. */
export function createPreviewLink(input: { articleId: number; userId: number | null; now?: Date; ttlMs?: number }) {
  const now = input.now ?? new Date();
  const exists = db.select({ id: articles.id }).from(articles).where(eq(articles.id, input.articleId)).get();
  if (!exists) return null;
  const token = TOKEN_PREFIX + randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? PREVIEW_LINK_TTL_MS));
  const row = db
    .insert(previewLinks)
    .values({ articleId: input.articleId, tokenHash: tokenHash(token), createdBy: input.userId, createdAt: now, expiresAt })
    .returning({ id: previewLinks.id })
    .get();
  return { id: row.id, token, expiresAt: expiresAt.toISOString() };
}

/** The article's links, newest first, with whether each still opens. */
export function listPreviewLinks(articleId: number, now = new Date()): PreviewLinkItem[] {
  return db
    .select({ id: previewLinks.id, createdAt: previewLinks.createdAt, expiresAt: previewLinks.expiresAt, revokedAt: previewLinks.revokedAt, createdBy: users.name })
    .from(previewLinks)
    .leftJoin(users, eq(users.id, previewLinks.createdBy))
    .where(eq(previewLinks.articleId, articleId))
    .orderBy(desc(previewLinks.id))
    .all()
    .map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      createdBy: row.createdBy,
      state: stateOf(row, now),
    }));
}

/** Revokes one of the article's links that still opens; false when there was none to revoke. */
export function revokePreviewLink(input: { articleId: number; linkId: number; now?: Date }): boolean {
  const now = input.now ?? new Date();
  const result = db
    .update(previewLinks)
    .set({ revokedAt: now })
    .where(
      and(
        eq(previewLinks.id, input.linkId),
        eq(previewLinks.articleId, input.articleId),
        isNull(previewLinks.revokedAt),
        gt(previewLinks.expiresAt, now),
      ),
    )
    .run();
  return result.changes > 0;
}

/** The article a token opens now, or why it does not: unknown, expired or revoked. */
export function resolvePreviewToken(token: string, now = new Date()): { ok: true; articleId: number; expiresAt: string } | { ok: false; reason: 'unknown' | PreviewLinkState } {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return { ok: false, reason: 'unknown' };
  const row = db
    .select({ articleId: previewLinks.articleId, expiresAt: previewLinks.expiresAt, revokedAt: previewLinks.revokedAt })
    .from(previewLinks)
    .where(eq(previewLinks.tokenHash, tokenHash(token)))
    .get();
  if (!row) return { ok: false, reason: 'unknown' };
  const state = stateOf(row, now);
  return state === 'active' ? { ok: true, articleId: row.articleId, expiresAt: row.expiresAt.toISOString() } : { ok: false, reason: state };
}
