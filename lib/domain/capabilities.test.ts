import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action } from './capabilities';
import { USER_ROLES } from '@/lib/domain/staff-roles';
import { ARTICLE_STATUSES } from '@/lib/domain/article-status';

const admin = { id: 1, role: 'admin' as const };
const managingEditor = { id: 4, role: 'managing_editor' as const };
const editor = { id: 2, role: 'editor' as const };
const reporter = { id: 3, role: 'reporter' as const };
const otherReporterDraft = { createdBy: 99, status: 'draft' as const };
const ownDraft = { createdBy: 3, status: 'draft' as const };
const ownSubmitted = { createdBy: 3, status: 'review' as const };

describe('capability table', () => {
  it('refuses everything to anonymous visitors', () => {
    for (const action of ACTIONS) expect(can(null, action, ownDraft)).toBe(false);
  });

  it('lets admins do everything', () => {
    for (const action of ACTIONS) expect(can(admin, action, otherReporterDraft)).toBe(true);
  });

  it('lets editors handle any article and draft fronts, but not publish fronts or touch staff, sections or the audit log', () => {
    const refused: Action[] = ['staff:manage', 'section:manage', 'audit:read', 'front:publish', 'author:edit'];
    for (const action of ACTIONS) {
      expect(can(editor, action, otherReporterDraft), action).toBe(!refused.includes(action));
    }
  });

  it('lets reporters work on their own drafts only', () => {
    expect(can(reporter, 'article:create')).toBe(true);
    expect(can(reporter, 'article:edit', ownDraft)).toBe(true);
    expect(can(reporter, 'article:submit', ownDraft)).toBe(true);
    expect(can(reporter, 'article:edit', ownSubmitted)).toBe(false);
    expect(can(reporter, 'article:read', ownSubmitted)).toBe(true);
    expect(can(reporter, 'article:withdraw', ownSubmitted)).toBe(true);
    expect(can(reporter, 'article:withdraw', ownDraft)).toBe(false);
    expect(can(reporter, 'article:withdraw', { createdBy: 99, status: 'review' })).toBe(false);
    for (const action of ACTIONS) {
      expect(can(reporter, action, otherReporterDraft), action).toBe(
        action === 'article:create' || action === 'media:upload' || action === 'live:draft' || action === 'account:edit',
      );
    }
  });

  it('lets reporters edit the words and focal point of their own uploads only; editors any photo', () => {
    expect(can(reporter, 'media:edit', { createdBy: 3 })).toBe(true);
    expect(can(reporter, 'media:edit', { createdBy: 99 })).toBe(false);
    expect(can(reporter, 'media:edit', { createdBy: null })).toBe(false);
    expect(can(reporter, 'media:edit')).toBe(false);
    expect(can(reporter, 'media:delete', { createdBy: 3 })).toBe(false);
    expect(can(editor, 'media:edit', { createdBy: 99 })).toBe(true);
  });

  it('lets every author edit their own profile, and admins any', () => {
    for (const actor of [reporter, editor, managingEditor]) {
      expect(can(actor, 'author:edit', { createdBy: actor.id })).toBe(true);
      expect(can(actor, 'author:edit', { createdBy: 99 })).toBe(false);
      expect(can(actor, 'author:edit', { createdBy: null })).toBe(false);
    }
    expect(can(admin, 'author:edit', { createdBy: 99 })).toBe(true);
  });

  it('never lets a reporter publish, whatever the article', () => {
    for (const status of ARTICLE_STATUSES) {
      for (const action of ['article:publish', 'article:unpublish', 'article:schedule', 'article:correct'] as const) {
        expect(can(reporter, action, { createdBy: 3, status })).toBe(false);
      }
    }
  });

  it('lets editors and admins, never reporters, set the breaking-news banner', () => {
    expect(can(editor, 'breaking:manage')).toBe(true);
    expect(can(admin, 'breaking:manage')).toBe(true);
    expect(can(reporter, 'breaking:manage')).toBe(false);
    expect(can(reporter, 'breaking:manage', { createdBy: 3, status: 'published' })).toBe(false);
  });

  it('lets reporters draft live posts only, and editors post, approve, start and end live coverage', () => {
    expect(can(reporter, 'live:draft')).toBe(true);
    expect(can(reporter, 'live:post')).toBe(false);
    expect(can(reporter, 'live:manage')).toBe(false);
    for (const action of ['live:draft', 'live:post', 'live:manage'] as const) {
      expect(can(editor, action)).toBe(true);
      expect(can(managingEditor, action)).toBe(true);
    }
  });

  it('lets the managing editor (thư ký tòa soạn) do what editors do and publish fronts', () => {
    for (const action of ACTIONS) {
      expect(can(managingEditor, action, otherReporterDraft), action).toBe(
        action === 'front:publish' || can(editor, action, otherReporterDraft),
      );
    }
  });

  it('keeps fronts and events away from reporters', () => {
    for (const action of ['front:edit', 'front:publish', 'event:manage'] as const) {
      expect(can(reporter, action)).toBe(false);
      expect(can(reporter, action, ownDraft)).toBe(false);
    }
  });

  it('has a rule for every role and action', () => {
    for (const role of USER_ROLES) {
      for (const action of ACTIONS) expect(typeof can({ id: 5, role }, action, ownDraft)).toBe('boolean');
    }
  });
});
