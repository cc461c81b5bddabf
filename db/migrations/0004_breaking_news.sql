CREATE TABLE `breaking_news` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`set_by` integer,
	`set_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
