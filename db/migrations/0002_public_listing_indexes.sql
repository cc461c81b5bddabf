DROP INDEX `articles_status_published_idx`;--> statement-breakpoint
DROP INDEX `articles_category_status_published_idx`;--> statement-breakpoint
CREATE INDEX `articles_public_idx` ON `articles` (`published_at`,`status`,`scheduled_at`,`unpublish_at`);--> statement-breakpoint
CREATE INDEX `articles_category_public_idx` ON `articles` (`category_id`,`published_at`,`status`,`scheduled_at`,`unpublish_at`);--> statement-breakpoint
CREATE INDEX `articles_scheduled_idx` ON `articles` (`scheduled_at`);--> statement-breakpoint
CREATE INDEX `articles_unpublish_idx` ON `articles` (`unpublish_at`);--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`);