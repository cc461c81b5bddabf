import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, sections } from '@/db/schema';
import { recordAudit } from '@/lib/data/audit';
import { listImportNotes } from '@/lib/data/articles/import-notes';
import { importAuditDetail, importScrapedArticle, loadDuplicateIndex } from './import-article';

const seed = fs.readFileSync(path.join(process.cwd(), 'scripts/seed/000_10e26498346ff05c.txt'), 'utf8');

beforeAll(() => {
  db.insert(sections).values({ name: 'Quốc phòng – An ninh', slug: 'quoc-phong-an-ninh' }).run();
});

describe('importScrapedArticle', () => {
  it('imports without a title as a draft that needs a headline, once', () => {
    const first = importScrapedArticle(seed);
    expect(first).toMatchObject({ status: 'draft', created: true, needsHeadline: true });
    const again = importScrapedArticle(seed.replace(/\n/g, '\r\n'));
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(db.select().from(articles).all()).toHaveLength(1);
    const row = db.select().from(articles).where(eq(articles.id, first.id)).get()!;
    expect(row.needsHeadline).toBe(true);
    expect(row.title).toBe('Báo cáo trung tâm tại hội nghị cho thấy');
    expect(JSON.stringify(row.body)).not.toMatch(/leftcenterrightdel/);
  });

  it('publishes with a title under the chosen section and prints its public path', () => {
    const result = importScrapedArticle('Một bài khác.\n\nĐoạn hai.\n\nTin: LÊ VĂN C', {
      title: 'Đảng ủy họp phiên thường kỳ',
      sectionSlug: 'quoc-phong-an-ninh',
      publish: true,
    });
    expect(result.status).toBe('published');
    expect(result.path).toBe(`/quoc-phong-an-ninh/dang-uy-hop-phien-thuong-ky-${result.id}`);
  });

  it('refuses an unknown section and publishing without a headline', () => {
    expect(() => importScrapedArticle('Bài ba.', { sectionSlug: 'khong-co' })).toThrow(/khong-co/);
    expect(() => importScrapedArticle('Bài bốn.', { publish: true })).toThrow(/--title/);
  });

  it('stores NFC text even from NFD input', () => {
    const result = importScrapedArticle('Hội nghị tổng kết năm.\n\nNội dung.'.normalize('NFD'));
    const row = db.select().from(articles).where(eq(articles.id, result.id)).get()!;
    expect(row.lead).toBe('Hội nghị tổng kết năm.');
    expect(row.lead).toBe(row.lead.normalize('NFC'));
  });

  it('flags the seed body under another byline or none as a duplicate of the first import, with a link target', () => {
    // The seed's own file was imported by the first test: importing it again names that article.
    const original = importScrapedArticle(seed);
    expect(original).toMatchObject({ created: false, duplicateOf: null });
    const duplicates = loadDuplicateIndex();
    const otherByline = importScrapedArticle(seed.replace('Tin, ảnh: TRẦN ANH MINH', 'Bài: NGUYỄN HÙNG; Ảnh: LÊ MAI'), { duplicates });
    const noByline = importScrapedArticle(seed.replace('Tin, ảnh: TRẦN ANH MINH', ''), { duplicates });
    for (const result of [otherByline, noByline]) {
      expect(result).toMatchObject({ created: true, needsHeadline: true });
      expect(result.duplicateOf).toEqual({ id: original.id, title: 'Báo cáo trung tâm tại hội nghị cho thấy', kind: 'same', similarity: 1 });
    }
    const edited = importScrapedArticle(seed.replace('Trong 6 tháng đầu năm 2023', 'Nửa đầu năm 2023').replace('TRẦN ANH MINH', 'MAI LAN'), { duplicates });
    expect(edited.duplicateOf).toMatchObject({ id: original.id, kind: 'similar' });
    expect(importScrapedArticle('Một bài hoàn toàn khác về bóng đá.\n\nĐội nhà thắng 2-0.').duplicateOf).toBeNull();

    recordAudit({ actor: null, action: 'import.article', targetType: 'article', targetId: noByline.id, detail: importAuditDetail('khong-tac-gia.txt', noByline) });
    const note = listImportNotes([noByline.id, original.id]);
    expect(note.get(original.id)).toBeUndefined();
    expect(note.get(noByline.id)).toEqual({
      file: 'khong-tac-gia.txt',
      excerpt: expect.stringMatching(/^Báo cáo trung tâm tại hội nghị cho thấy: Trong thời gian qua, .*…$/u),
      duplicateOf: { id: original.id, title: 'Báo cáo trung tâm tại hội nghị cho thấy', kind: 'same', similarity: 1 },
    });
  });
});
