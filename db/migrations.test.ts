import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate';
import { openDatabase } from './index';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A migrations folder holding only the first `count` migrations, as an older release shipped them. */
function migrationsUpTo(count: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-migrations-'));
  folders.push(folder);
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  fs.mkdirSync(path.join(folder, 'meta'));
  fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const entry of journal.entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  return folder;
}

describe('0003_sections: categories become sections', () => {
  it('keeps every section, article link and search entry of a database written before the rename', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, migrationsUpTo(3));
    const sqlite = db.$client;
    sqlite.exec(`
      INSERT INTO categories (id, name, slug, position) VALUES (1, 'Quân sự', 'quan-su', 0), (2, 'Biển đảo', 'bien-dao', 1);
      UPDATE categories SET parent_id = 1 WHERE id = 2;
      INSERT INTO articles (id, title, slug, body, status, category_id, published_at)
        VALUES (7, 'Đảng ủy họp', 'dang-uy-hop', '{"type":"doc","content":[]}', 'published', 2, 1689305100000);
    `);

    expect(migrateDatabase(db, migrationsUpTo(4)).applied).toBe(1);

    expect(sqlite.prepare('SELECT id, slug, parent_id FROM sections ORDER BY id').all()).toEqual([
      { id: 1, slug: 'quan-su', parent_id: null },
      { id: 2, slug: 'bien-dao', parent_id: 1 },
    ]);
    expect(sqlite.prepare('SELECT section_id FROM articles WHERE id = 7').get()).toEqual({ section_id: 2 });
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%categor%'").all()).toEqual([]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    // The foreign key follows the rename: a section in use cannot be deleted.
    expect(() => sqlite.prepare('DELETE FROM sections WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
    // The search triggers follow it too: moving the article re-indexes it under its new section.
    sqlite.prepare('UPDATE articles SET section_id = 1 WHERE id = 7').run();
    const inSection = (id: number) => sqlite.prepare(`SELECT rowid FROM article_search WHERE article_search MATCH 'dang AND section:c${id}'`).all();
    expect(inSection(1)).toHaveLength(1);
    expect(inSection(2)).toHaveLength(0);
  });
});

describe('0008_newsroom_speed: counts kept by triggers', () => {
  it('counts the articles an existing database already has, then keeps counting', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, migrationsUpTo(8));
    const sqlite = db.$client;
    sqlite.exec(`
      INSERT INTO sections (id, name, slug) VALUES (1, 'Thời sự', 'thoi-su'), (2, 'Thể thao', 'the-thao');
      INSERT INTO users (id, email, name) VALUES (5, 'pv@toasoan.test', 'Phóng viên');
      INSERT INTO articles (title, slug, body, status, section_id, created_by, needs_headline, published_at) VALUES
        ('a', 'a', '{}', 'published', 1, 5, 0, 1689305100000),
        ('b', 'b', '{}', 'published', 1, 5, 0, 1689305160000),
        ('c', 'c', '{}', 'draft', 2, NULL, 1, NULL),
        ('d', 'd', '{}', 'review', 2, 5, 0, NULL);
    `);

    expect(migrateDatabase(db, migrationsUpTo(9)).applied).toBe(1);

    const counts = () => sqlite.prepare('SELECT status, section_id, creator_id, needs_headline, total FROM article_counts WHERE total > 0 ORDER BY status, section_id, needs_headline').all();
    expect(counts()).toEqual([
      { status: 'draft', section_id: 2, creator_id: 0, needs_headline: 1, total: 1 },
      { status: 'published', section_id: 1, creator_id: 5, needs_headline: 0, total: 2 },
      { status: 'review', section_id: 2, creator_id: 5, needs_headline: 0, total: 1 },
    ]);
    sqlite.exec(`
      UPDATE articles SET status = 'published', published_at = 1689305220000 WHERE slug = 'd';
      DELETE FROM articles WHERE slug = 'a';
      INSERT INTO articles (title, slug, body, status, section_id) VALUES ('e', 'e', '{}', 'draft', 2);
    `);
    expect(counts()).toEqual([
      { status: 'draft', section_id: 2, creator_id: 0, needs_headline: 0, total: 1 },
      { status: 'draft', section_id: 2, creator_id: 0, needs_headline: 1, total: 1 },
      { status: 'published', section_id: 1, creator_id: 5, needs_headline: 0, total: 1 },
      { status: 'published', section_id: 2, creator_id: 5, needs_headline: 0, total: 1 },
    ]);
  });
});

describe('0009_newsroom_pages: tag counts and Vietnamese sort keys kept by triggers', () => {
  it('counts and keys the tags an existing database already has, then keeps them', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, migrationsUpTo(9));
    const sqlite = db.$client;
    sqlite.exec(`
      INSERT INTO sections (id, name, slug) VALUES (1, 'Thời sự', 'thoi-su');
      INSERT INTO articles (id, title, slug, body, section_id) VALUES (1, 'a', 'a', '{}', 1), (2, 'b', 'b', '{}', 1), (3, 'c', 'c', '{}', 1);
      INSERT INTO tags (id, name, slug) VALUES (1, 'Đô thị', 'do-thi'), (2, 'Bão số 10', 'bao-so-10'), (3, 'Bão số 2', 'bao-so-2'), (4, 'Y tế', 'y-te');
      INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 1), (3, 1), (1, 2);
    `);

    expect(migrateDatabase(db, migrationsUpTo(10)).applied).toBe(1);

    const byKey = () => sqlite.prepare('SELECT name, article_count AS n FROM tags ORDER BY sort_key, id').all();
    const counted = () => sqlite.prepare('SELECT t.id, count(at.tag_id) AS n FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.id').all();
    const kept = () => sqlite.prepare('SELECT id, article_count AS n FROM tags ORDER BY id').all();
    expect(byKey()).toEqual([
      { name: 'Bão số 2', n: 0 },
      { name: 'Bão số 10', n: 1 },
      { name: 'Đô thị', n: 3 },
      { name: 'Y tế', n: 0 },
    ]);
    sqlite.exec(`
      INSERT INTO tags (id, name, slug) VALUES (5, 'Dân sinh', 'dan-sinh');
      UPDATE tags SET name = 'An ninh' WHERE id = 4;
      INSERT INTO article_tags (article_id, tag_id) VALUES (2, 5), (3, 5);
      INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (2, 5);
      UPDATE article_tags SET tag_id = 4 WHERE article_id = 1 AND tag_id = 2;
      DELETE FROM articles WHERE id = 3;
      DELETE FROM tags WHERE id = 3;
    `);
    expect(byKey()).toEqual([
      { name: 'An ninh', n: 1 },
      { name: 'Bão số 10', n: 0 },
      { name: 'Dân sinh', n: 1 },
      { name: 'Đô thị', n: 2 },
    ]);
    expect(kept()).toEqual(counted());
  });
});
