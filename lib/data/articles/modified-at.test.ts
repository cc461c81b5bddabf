import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sections, users } from '@/db/schema';
import { paragraph } from '@/lib/article-body/schema';
import { importScrapedArticle } from '@/lib/importer/import-article';
import { addCorrection } from './corrections';
import { createArticle } from './create';
import { getArticleModifiedAt, getSiteContentChangedAt } from './modified-at';
import { saveArticle } from './save';
import { scheduleArticle, setUnpublishTime } from './schedule';
import type { ArticleSnapshot } from './snapshot';
import { changeArticleStatus } from './workflow';

// The rule behind the "Cập nhật" line, dateModified, sitemap lastmod and the feeds' Last-Modified.

let sectionId = 0;
let userId = 0;
const at = (iso: string) => new Date(iso);

beforeAll(() => {
  sectionId = db.insert(sections).values({ name: 'Thời sự', slug: 'thoi-su' }).returning().get().id;
  userId = db
    .insert(users)
    .values({ email: 'btv@toasoan.test', name: 'Biên tập viên' })
    .returning()
    .get().id;
});

function snapshot(title: string): ArticleSnapshot {
  return {
    title,
    slug: '',
    lead: 'Sa-pô',
    body: { type: 'doc', content: [paragraph('Đoạn một.')] },
    sectionId,
    coverMediaId: null,
    tags: [],
    bylines: [{ role: 'writer', label: 'Tin', name: 'Trần Anh Minh' }],
    seoTitle: '',
    seoDescription: '',
  };
}

/** A draft written at `writtenAt` and published through the editor at `publishedAt`; returns its id and version. */
function published(title: string, writtenAt: Date, publishedAt: Date) {
  const { id } = createArticle({ ...snapshot(title), createdBy: userId }, writtenAt);
  const outcome = saveArticle({
    id,
    baseVersion: 1,
    snapshot: snapshot(title),
    intent: 'publish',
    userId,
    now: publishedAt,
  });
  if (!outcome.ok) throw new Error('publish failed');
  return { id, version: outcome.version };
}

describe('when an article last changed for readers', () => {
  it('is its publication time while nobody touches it after publishing', () => {
    const { id } = published(
      'Bài mới đăng',
      at('2026-11-30T01:00:00Z'),
      at('2026-11-30T02:00:00Z'),
    );
    expect(getArticleModifiedAt(id)).toBe('2026-11-30T02:00:00.000Z');
  });

  it('moves to the time of an edit of the published article', () => {
    const { id, version } = published(
      'Bài được sửa',
      at('2026-11-30T01:00:00Z'),
      at('2026-11-30T02:00:00Z'),
    );
    saveArticle({
      id,
      baseVersion: version,
      snapshot: snapshot('Bài được sửa lại'),
      intent: 'update',
      userId,
      now: at('2026-11-30T08:20:00Z'),
    });
    expect(getArticleModifiedAt(id)).toBe('2026-11-30T08:20:00.000Z');
  });

  it('ignores autosaves, which readers never see until someone presses Update', () => {
    const { id, version } = published(
      'Bài đang sửa',
      at('2026-11-30T01:00:00Z'),
      at('2026-11-30T02:00:00Z'),
    );
    saveArticle({
      id,
      baseVersion: version,
      snapshot: snapshot('Bài đang sửa dở'),
      intent: 'autosave',
      userId,
      now: at('2026-11-30T03:00:00Z'),
    });
    expect(getArticleModifiedAt(id)).toBe('2026-11-30T02:00:00.000Z');
  });

  it('moves to the time of a correction', () => {
    const { id } = published(
      'Bài đính chính',
      at('2026-11-30T01:00:00Z'),
      at('2026-11-30T02:00:00Z'),
    );
    addCorrection({
      articleId: id,
      note: 'Sửa tên nhân vật',
      userId,
      now: at('2026-11-30T09:00:00Z'),
    });
    expect(getArticleModifiedAt(id)).toBe('2026-11-30T09:00:00.000Z');
  });

  it('is not moved by a status step such as an unpublish time', () => {
    const { id, version } = published(
      'Bài có hạn gỡ',
      at('2026-11-30T01:00:00Z'),
      at('2026-11-30T02:00:00Z'),
    );
    setUnpublishTime({
      id,
      baseVersion: version,
      at: at('2026-12-31T00:00:00Z'),
      now: at('2026-11-30T05:00:00Z'),
    });
    expect(getArticleModifiedAt(id)).toBe('2026-11-30T02:00:00.000Z');
  });

  it('of a scheduled article is its publication time, not the edits made before it', () => {
    const { id } = createArticle(
      { ...snapshot('Bài hẹn giờ'), createdBy: userId },
      at('2026-11-30T00:30:00Z'),
    );
    const saved = saveArticle({
      id,
      baseVersion: 1,
      snapshot: snapshot('Bài hẹn giờ'),
      intent: 'save',
      userId,
      now: at('2026-11-30T01:00:00Z'),
    });
    if (!saved.ok) throw new Error('save failed');
    scheduleArticle({
      id,
      baseVersion: saved.version,
      at: at('2026-12-01T00:00:00Z'),
      unpublishAt: null,
      now: at('2026-11-30T01:30:00Z'),
    });
    expect(getArticleModifiedAt(id)).toBe('2026-12-01T00:00:00.000Z');
  });

  it('of an imported article is its original date, not the import time', () => {
    const { id } = importScrapedArticle(
      'Đoạn đầu của bài nhập.\n\nĐoạn thứ hai.\n\nTin, ảnh: PHẠM THU',
      {
        title: 'Bài nhập từ báo cũ',
        sectionSlug: 'thoi-su',
        publish: true,
        publishedAt: at('2023-07-14T03:25:00Z'),
      },
    );
    expect(getArticleModifiedAt(id)).toBe('2023-07-14T03:25:00.000Z');
  });
});

describe('when the public site last changed', () => {
  it('follows the newest publication or edit, and a takedown moves it forward too', () => {
    const now = at('2027-01-10T00:00:00Z');
    const { id, version } = published(
      'Bài mới nhất',
      at('2027-01-01T00:00:00Z'),
      at('2027-01-02T00:00:00Z'),
    );
    expect(getSiteContentChangedAt(now)).toBe('2027-01-02T00:00:00.000Z');
    const edited = saveArticle({
      id,
      baseVersion: version,
      snapshot: snapshot('Bài mới nhất, sửa'),
      intent: 'update',
      userId,
      now: at('2027-01-03T00:00:00Z'),
    });
    expect(getSiteContentChangedAt(now)).toBe('2027-01-03T00:00:00.000Z');
    if (!edited.ok) throw new Error('update failed');
    // Taking the newest article down leaves only older ones, yet the listings did change.
    changeArticleStatus({
      id,
      baseVersion: edited.version,
      change: 'unpublish',
      now: at('2027-01-04T00:00:00Z'),
    });
    expect(getSiteContentChangedAt(now)).toBe('2027-01-04T00:00:00.000Z');
  });
});
