-- Full-text search over published articles (issue 5). Words are stored twice: folded (no tones,
-- đ → d, lower case) for matching, and exact (lower case, diacritics kept) so that a query typed
-- with diacritics ranks its exact spelling first. SQLite's own remove_diacritics cannot fold đ.
-- The folding is done by application functions (search_fold, search_exact, search_body) that
-- db/index.ts registers on every connection; see lib/search/index-text.ts.
--
-- The rowid orders documents by publication time: the publication minute times 2^24 plus the
-- article id modulo 2^24. "Newest first" and date ranges are then rowid scans inside FTS5, and
-- ranking can stop after the newest N matches. Contentless, so article text is not stored twice.
CREATE VIRTUAL TABLE article_search USING fts5(
  title, lead, body, byline, tags, title_x, lead_x, body_x, section,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
--> statement-breakpoint
-- Every folded word ever indexed, so that a prefix typed as the last word ("quoc ph") becomes an
-- OR of whole words, which FTS5 reads lazily, newest first. FTS5's own prefix queries merge the
-- complete posting lists of every matching word before returning a row (tens of milliseconds
-- for common syllables). Words are never removed: a stale word matches nothing.
CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
--> statement-breakpoint
-- What the index holds for each published article; the triggers below and the backfill read it.
CREATE VIEW article_search_source AS
SELECT
  CAST(a.published_at / 60000 AS INTEGER) * 16777216 + a.id % 16777216 AS search_rowid,
  a.id AS article_id,
  search_fold(a.title) AS title,
  search_fold(a.lead) AS lead,
  search_fold(search_body(a.body)) AS body,
  search_fold((SELECT group_concat(b.name, ' ') FROM article_bylines b WHERE b.article_id = a.id)) AS byline,
  search_fold((
    SELECT group_concat(t.name, ' ') FROM article_tags ta JOIN tags t ON t.id = ta.tag_id
    WHERE ta.article_id = a.id
  )) AS tags,
  search_exact(a.title) AS title_x,
  search_exact(a.lead) AS lead_x,
  search_exact(search_body(a.body)) AS body_x,
  'c' || a.category_id AS section
FROM articles a
-- Unary + keeps the planner off the status index, so triggers look articles up by id.
WHERE +a.status = 'published' AND +a.published_at IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id = NEW.id;
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id = NEW.id
    ));
END;
--> statement-breakpoint
CREATE TRIGGER articles_search_update
AFTER UPDATE OF id, title, lead, body, status, published_at, category_id ON articles BEGIN
  DELETE FROM article_search WHERE rowid = CAST(OLD.published_at / 60000 AS INTEGER) * 16777216 + OLD.id % 16777216;
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id = NEW.id;
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id = NEW.id
    ));
END;
--> statement-breakpoint
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = CAST(OLD.published_at / 60000 AS INTEGER) * 16777216 + OLD.id % 16777216;
END;
--> statement-breakpoint
CREATE TRIGGER article_bylines_search_insert AFTER INSERT ON article_bylines BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (NEW.article_id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (NEW.article_id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (NEW.article_id)
    ));
END;
--> statement-breakpoint
CREATE TRIGGER article_bylines_search_update AFTER UPDATE ON article_bylines BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (OLD.article_id, NEW.article_id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (OLD.article_id, NEW.article_id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (OLD.article_id, NEW.article_id)
    ));
END;
--> statement-breakpoint
CREATE TRIGGER article_bylines_search_delete AFTER DELETE ON article_bylines BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (OLD.article_id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (OLD.article_id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (OLD.article_id)
    ));
END;
--> statement-breakpoint
CREATE TRIGGER article_tags_search_insert AFTER INSERT ON article_tags BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (NEW.article_id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (NEW.article_id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (NEW.article_id)
    ));
END;
--> statement-breakpoint
CREATE TRIGGER article_tags_search_update AFTER UPDATE ON article_tags BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (OLD.article_id, NEW.article_id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (OLD.article_id, NEW.article_id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (OLD.article_id, NEW.article_id)
    ));
END;
--> statement-breakpoint
CREATE TRIGGER article_tags_search_delete AFTER DELETE ON article_tags BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (OLD.article_id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (OLD.article_id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (OLD.article_id)
    ));
END;
--> statement-breakpoint
CREATE TRIGGER tags_search_rename AFTER UPDATE OF name ON tags BEGIN
  DELETE FROM article_search WHERE rowid IN (SELECT search_rowid FROM article_search_source WHERE article_id IN (SELECT article_id FROM article_tags WHERE tag_id = NEW.id));
  INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
    SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source WHERE article_id IN (SELECT article_id FROM article_tags WHERE tag_id = NEW.id);
  INSERT OR IGNORE INTO search_words(word)
    SELECT value FROM json_each((
      SELECT search_words(group_concat(title || ' ' || lead || ' ' || body || ' ' || byline || ' ' || tags, ' '))
      FROM article_search_source WHERE article_id IN (SELECT article_id FROM article_tags WHERE tag_id = NEW.id)
    ));
END;
--> statement-breakpoint
-- Articles published before this migration.
INSERT INTO article_search(rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section)
  SELECT search_rowid, title, lead, body, byline, tags, title_x, lead_x, body_x, section FROM article_search_source;
--> statement-breakpoint
INSERT OR IGNORE INTO search_words(word)
  SELECT w.value FROM article_search_source s,
    json_each(search_words(s.title || ' ' || s.lead || ' ' || s.body || ' ' || s.byline || ' ' || s.tags)) w;
