-- One name for one thing: the newsroom's "chuyên mục" is a section everywhere, the schema included.
-- SQLite rewrites the foreign keys, the search view and its triggers to the new names.
ALTER TABLE `categories` RENAME TO `sections`;--> statement-breakpoint
ALTER TABLE `articles` RENAME COLUMN `category_id` TO `section_id`;--> statement-breakpoint
DROP INDEX `categories_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `sections_slug_unique` ON `sections` (`slug`);--> statement-breakpoint
DROP INDEX `categories_parent_position_idx`;--> statement-breakpoint
CREATE INDEX `sections_parent_position_idx` ON `sections` (`parent_id`,`position`);--> statement-breakpoint
DROP INDEX `articles_category_public_idx`;--> statement-breakpoint
CREATE INDEX `articles_section_public_idx` ON `articles` (`section_id`,`published_at`,`status`,`scheduled_at`,`unpublish_at`);
