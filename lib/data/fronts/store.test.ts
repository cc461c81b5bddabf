import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { HOME_FRONT_KEY, sectionFrontKey, type FrontDocument } from '@/lib/domain/front-document';
import {
  getFrontForEditing,
  getFrontRevision,
  getPublishedFrontDocument,
  listFrontRevisions,
  listFronts,
  publishFront,
  restoreFrontRevision,
  saveFrontDraft,
} from './store';

let editor = 0;
let managingEditor = 0;
let news = 0;
let child = 0;

const document = (name: string): FrontDocument => ({
  containers: [{ id: 'a', name, showName: true, layout: 'list', slots: 3, cards: [], backfill: { kind: 'latest' } }],
});

beforeAll(() => {
  editor = db.insert(users).values({ email: 'btv@example.vn', name: 'Biên Tập' }).returning().get().id;
  managingEditor = db.insert(users).values({ email: 'tk@example.vn', name: 'Thư Ký' }).returning().get().id;
  news = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su', position: 1 }).returning().get().id;
  child = db.insert(sections).values({ name: 'Giao thông', slug: 'giao-thong', position: 2, parentId: news }).returning().get().id;
});

describe('default fronts', () => {
  it('reproduce the home (lead, Tin mới, most read, one block per top-level section) and leave section pages as they are', () => {
    const home = getFrontForEditing(HOME_FRONT_KEY)!;
    expect(home).toMatchObject({ name: 'Trang chủ', path: '/', draftVersion: 0, published: null });
    expect(home.draft.containers.map((c) => [c.layout, c.slots, c.backfill])).toEqual([
      ['lead', 1, { kind: 'latest' }],
      ['featured', 8, { kind: 'latest' }],
      ['most-read', 5, { kind: 'none' }],
      ['section-block', 4, { kind: 'section', sectionId: news }],
    ]);
    expect(getPublishedFrontDocument(HOME_FRONT_KEY)).toEqual(home.draft);
    expect(getFrontForEditing(sectionFrontKey(child))).toMatchObject({ name: 'Giao thông', path: '/giao-thong', draft: { containers: [] } });
  });

  it('know no front for an unknown key', () => {
    expect(getFrontForEditing(sectionFrontKey(999))).toBeNull();
    expect(getFrontForEditing('bogus')).toBeNull();
    expect(getPublishedFrontDocument('bogus')).toBeNull();
  });
});

describe('drafts and publishing', () => {
  const key = () => sectionFrontKey(news);

  it('saves a draft with version checks: a stale writer gets the current front back, not an overwrite', () => {
    expect(saveFrontDraft(key(), document('Một'), 0, editor)).toEqual({ ok: true, version: 1 });
    expect(saveFrontDraft(key(), document('Hai'), 1, editor)).toEqual({ ok: true, version: 2 });
    const stale = saveFrontDraft(key(), document('Cũ'), 1, managingEditor);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { draftVersion: 2, draftUpdatedBy: 'Biên Tập', draft: document('Hai') } });
    expect(getFrontForEditing(key())!.draft).toEqual(document('Hai'));
    // Readers still see the default until a publish.
    expect(getPublishedFrontDocument(key())).toEqual({ containers: [] });
    expect(listFronts().find((f) => f.key === key())).toMatchObject({ name: 'Thời sự', hasUnpublishedChanges: true, publishedAt: null });
  });

  it('publishes the document whole as a revision, returning the front tag; a stale publish conflicts', () => {
    const published = publishFront(key(), document('Ba'), 2, managingEditor);
    expect(published).toMatchObject({ ok: true, version: 3, tags: [`front:${key()}`] });
    expect(getPublishedFrontDocument(key())).toEqual(document('Ba'));
    expect(getFrontForEditing(key())).toMatchObject({ draftVersion: 3, draft: document('Ba'), published: document('Ba') });
    expect(listFronts().find((f) => f.key === key())).toMatchObject({ hasUnpublishedChanges: false, publishedBy: 'Thư Ký' });
    expect(publishFront(key(), document('Bốn'), 2, editor)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(getPublishedFrontDocument(key())).toEqual(document('Ba'));
  });

  it('keeps every published version, newest first, and restores one into the draft (publishing is a separate step)', () => {
    const second = publishFront(key(), document('Năm'), 3, editor);
    if (!second.ok) throw new Error('publish refused');
    const revisions = listFrontRevisions(key());
    expect(revisions.map((r) => [r.publishedBy, r.restoredFrom])).toEqual([
      ['Biên Tập', null],
      ['Thư Ký', null],
    ]);
    const first = revisions[1]!.id;
    expect(getFrontRevision(key(), first)).toEqual(document('Ba'));
    expect(getFrontRevision(HOME_FRONT_KEY, first)).toBeNull();
    expect(restoreFrontRevision(key(), first, 3, editor)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(restoreFrontRevision(key(), 9999, 4, editor)).toEqual({ ok: false, reason: 'not-found' });
    expect(restoreFrontRevision(key(), first, 4, editor)).toEqual({ ok: true, version: 5 });
    expect(getFrontForEditing(key())!.draft).toEqual(document('Ba'));
    expect(getPublishedFrontDocument(key())).toEqual(document('Năm'));
    const restored = publishFront(key(), document('Ba'), 5, managingEditor);
    expect(restored.ok).toBe(true);
    expect(listFrontRevisions(key())[0]).toMatchObject({ publishedBy: 'Thư Ký', restoredFrom: first });
    expect(getPublishedFrontDocument(key())).toEqual(document('Ba'));
  });

  it('lists the home first, then every section in navigation order', () => {
    expect(listFronts().map((f) => [f.key, f.path])).toEqual([
      [HOME_FRONT_KEY, '/'],
      [sectionFrontKey(news), '/thoi-su'],
      [sectionFrontKey(child), '/giao-thong'],
    ]);
  });
});
