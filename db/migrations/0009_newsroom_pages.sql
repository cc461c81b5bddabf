ALTER TABLE `tags` ADD `article_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `sort_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `tags_sort_idx` ON `tags` (`sort_key`);--> statement-breakpoint
CREATE INDEX `articles_section_updated_idx` ON `articles` (`section_id`,`updated_at`,`status`,`needs_headline`);--> statement-breakpoint
-- tags.article_count (issue 18): how many articles carry each tag, kept by these triggers so the
-- tags page counts nothing. A deleted article's or tag's rows go by cascade, which fires them too.
CREATE TRIGGER tags_article_count_insert AFTER INSERT ON article_tags BEGIN
  UPDATE tags SET article_count = article_count + 1 WHERE id = NEW.tag_id;
END;
--> statement-breakpoint
CREATE TRIGGER tags_article_count_delete AFTER DELETE ON article_tags BEGIN
  UPDATE tags SET article_count = article_count - 1 WHERE id = OLD.tag_id;
END;
--> statement-breakpoint
CREATE TRIGGER tags_article_count_update AFTER UPDATE OF tag_id ON article_tags WHEN OLD.tag_id IS NOT NEW.tag_id BEGIN
  UPDATE tags SET article_count = article_count - 1 WHERE id = OLD.tag_id;
  UPDATE tags SET article_count = article_count + 1 WHERE id = NEW.tag_id;
END;
--> statement-breakpoint
-- tags.sort_key: the name's Vietnamese sort key (vi_sort_key, registered on every connection with
-- the search functions; lib/vi/collation.ts), so SQLite pages the tags in the alphabet's order.
CREATE TRIGGER tags_sort_key_insert AFTER INSERT ON tags BEGIN
  UPDATE tags SET sort_key = vi_sort_key(NEW.name) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER tags_sort_key_update AFTER UPDATE OF name ON tags BEGIN
  UPDATE tags SET sort_key = vi_sort_key(NEW.name) WHERE id = NEW.id;
END;
--> statement-breakpoint
-- The existing tags, counted from article_tags_tag_idx.
UPDATE tags SET
  article_count = (SELECT count(*) FROM article_tags WHERE article_tags.tag_id = tags.id),
  sort_key = vi_sort_key(name);
