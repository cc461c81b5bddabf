CREATE TABLE `article_counts` (
	`status` text NOT NULL,
	`section_id` integer NOT NULL,
	`creator_id` integer NOT NULL,
	`needs_headline` integer NOT NULL,
	`total` integer NOT NULL,
	PRIMARY KEY(`status`, `section_id`, `creator_id`, `needs_headline`)
);
--> statement-breakpoint
CREATE INDEX `articles_desk_idx` ON `articles` (`updated_at`,`status`,`section_id`,`created_by`,`needs_headline`) WHERE status <> 'published';--> statement-breakpoint
CREATE INDEX `articles_creator_idx` ON `articles` (`created_by`,`updated_at`,`status`,`section_id`,`needs_headline`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_email`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_target_idx` ON `audit_log` (`target_type`,`target_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `media_path_idx` ON `media` (`path`);--> statement-breakpoint
CREATE INDEX `media_created_idx` ON `media` (`created_at`);--> statement-breakpoint
-- article_counts (issue 18): the newsroom's counts by status, section, writer and headline flag,
-- kept by these triggers so no count reads the archive. A foreign key's SET NULL (a deleted
-- account) is an UPDATE of created_by and moves its articles to creator_id 0 like any other change.
CREATE TRIGGER article_counts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_counts (status, section_id, creator_id, needs_headline, total)
    VALUES (NEW.status, NEW.section_id, coalesce(NEW.created_by, 0), NEW.needs_headline, 1)
    ON CONFLICT (status, section_id, creator_id, needs_headline) DO UPDATE SET total = total + 1;
END;
--> statement-breakpoint
CREATE TRIGGER article_counts_delete AFTER DELETE ON articles BEGIN
  UPDATE article_counts SET total = total - 1
    WHERE status = OLD.status AND section_id = OLD.section_id AND creator_id = coalesce(OLD.created_by, 0) AND needs_headline = OLD.needs_headline;
END;
--> statement-breakpoint
CREATE TRIGGER article_counts_update AFTER UPDATE OF status, section_id, created_by, needs_headline ON articles
WHEN (OLD.status, OLD.section_id, coalesce(OLD.created_by, 0), OLD.needs_headline) IS NOT (NEW.status, NEW.section_id, coalesce(NEW.created_by, 0), NEW.needs_headline)
BEGIN
  UPDATE article_counts SET total = total - 1
    WHERE status = OLD.status AND section_id = OLD.section_id AND creator_id = coalesce(OLD.created_by, 0) AND needs_headline = OLD.needs_headline;
  INSERT INTO article_counts (status, section_id, creator_id, needs_headline, total)
    VALUES (NEW.status, NEW.section_id, coalesce(NEW.created_by, 0), NEW.needs_headline, 1)
    ON CONFLICT (status, section_id, creator_id, needs_headline) DO UPDATE SET total = total + 1;
END;
--> statement-breakpoint
-- The existing archive, read from articles_creator_idx (it carries every column counted) rather than the rows.
INSERT INTO article_counts (status, section_id, creator_id, needs_headline, total)
  SELECT status, section_id, coalesce(created_by, 0), needs_headline, count(*) FROM articles INDEXED BY articles_creator_idx
  GROUP BY status, section_id, coalesce(created_by, 0), needs_headline;
