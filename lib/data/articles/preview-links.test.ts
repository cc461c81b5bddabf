import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { previewLinks, sections, users } from '@/db/schema';
import { createArticle } from './create';
import { createPreviewLink, listPreviewLinks, PREVIEW_LINK_TTL_MS, resolvePreviewToken, revokePreviewLink } from './preview-links';

process.env.AUTH_SECRET ??= 'bí mật thử nghiệm cho liên kết xem trước';

let articleId = 0;
let otherArticle = 0;
let userId = 0;
const now = new Date('2026-12-01T02:30:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

beforeAll(() => {
  const sectionId = db.insert(sections).values({ name: 'Pháp luật', slug: 'phap-luat' }).returning().get().id;
  const body = { type: 'doc', content: [] };
  articleId = createArticle({ title: 'Bản nháp cần pháp chế đọc', lead: '', body, sectionId, status: 'draft' }).id;
  otherArticle = createArticle({ title: 'Bài khác', lead: '', body, sectionId, status: 'draft' }).id;
  userId = db.insert(users).values({ email: 'btv-xt@toasoan.test', name: 'Lê Thu Hà' }).returning().get().id;
});

describe('preview links', () => {
  it('opens the article until it expires (48 hours by default), and stores no token', () => {
    const link = createPreviewLink({ articleId, userId, now })!;
    expect(link.token).toMatch(/^p1\.[\w-]{32}$/);
    expect(link.expiresAt).toBe(later(PREVIEW_LINK_TTL_MS).toISOString());
    expect(resolvePreviewToken(link.token, now)).toEqual({ ok: true, articleId, expiresAt: link.expiresAt });
    expect(resolvePreviewToken(link.token, later(PREVIEW_LINK_TTL_MS - 1))).toMatchObject({ ok: true });
    expect(resolvePreviewToken(link.token, later(PREVIEW_LINK_TTL_MS))).toEqual({ ok: false, reason: 'expired' });
    const stored = db.select().from(previewLinks).all();
    expect(JSON.stringify(stored)).not.toContain(link.token.slice(3));
  });

  it('refuses unknown, altered and foreign-looking tokens', () => {
    const link = createPreviewLink({ articleId, userId, now })!;
    const altered = link.token.slice(0, -1) + (link.token.endsWith('A') ? 'B' : 'A');
    for (const token of [altered, link.token.slice(3), '', 'p1.', 'p1.' + 'x'.repeat(200)])
      expect(resolvePreviewToken(token, now)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('a revoked link stops at once; revoking twice, another article’s link or an expired one does nothing', () => {
    const link = createPreviewLink({ articleId, userId, now })!;
    expect(revokePreviewLink({ articleId: otherArticle, linkId: link.id, now })).toBe(false);
    expect(resolvePreviewToken(link.token, now)).toMatchObject({ ok: true });
    expect(revokePreviewLink({ articleId, linkId: link.id, now: later(1000) })).toBe(true);
    expect(resolvePreviewToken(link.token, later(1000))).toEqual({ ok: false, reason: 'revoked' });
    expect(revokePreviewLink({ articleId, linkId: link.id, now: later(2000) })).toBe(false);
    const short = createPreviewLink({ articleId, userId, now, ttlMs: 60_000 })!;
    expect(revokePreviewLink({ articleId, linkId: short.id, now: later(60_000) })).toBe(false);
  });

  it('lists the article’s links newest first with who made them and their state', () => {
    const list = listPreviewLinks(articleId, later(1000));
    expect(list.map((l) => l.state)).toEqual(['active', 'revoked', 'active', 'active']);
    expect(list[0]).toMatchObject({ createdBy: 'Lê Thu Hà' });
    expect(listPreviewLinks(otherArticle)).toEqual([]);
    expect(createPreviewLink({ articleId: 999_999, userId, now })).toBeNull();
  });
});
