CREATE TABLE `article_live` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`started_by` integer,
	`change_seq` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`started_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `live_post_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`version` integer NOT NULL,
	`title` text,
	`body` text NOT NULL,
	`key_event` integer NOT NULL,
	`pinned` integer NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `live_posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `live_post_revisions_post_idx` ON `live_post_revisions` (`post_id`,`version`);--> statement-breakpoint
CREATE TABLE `live_posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`title` text,
	`body` text NOT NULL,
	`key_event` integer DEFAULT false NOT NULL,
	`pinned` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`author_id` integer,
	`created_by` integer,
	`published_at` integer,
	`change_seq` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `article_live`(`article_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `live_posts_article_published_idx` ON `live_posts` (`article_id`,`status`,`published_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `live_posts_article_change_idx` ON `live_posts` (`article_id`,`change_seq`);