import { relations, sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
// The domain's vocabularies live in lib/domain (pure, imported by app, lib and db alike); the
// tables only store them. Relative paths: drizzle-kit loads this file without the @/ alias.
import { ARTICLE_STATUSES } from '../lib/domain/article-status';
import { BYLINE_ROLES } from '../lib/domain/byline-roles';
import { EVENT_ORDERINGS } from '../lib/domain/event-ordering';
import { LIVE_POST_STATUSES } from '../lib/domain/live-post-status';
import { REVISION_REASONS } from '../lib/domain/revision-reasons';
import { USER_ROLES } from '../lib/domain/staff-roles';

/** Milliseconds since the epoch; SQLite has no native timestamp type. */
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
/** The partial index articles_desk_idx's condition: a query uses that index only when it repeats this term. */
export const DESK_WORK = sql`status <> 'published'`;
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: USER_ROLES }).notNull().default('reporter'),
  passwordHash: text('password_hash'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // Bumped on logout, password or role change and deactivation; JWTs carrying an older value are refused.
  sessionVersion: integer('session_version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** People credited in bylines; a staff account is optional (imported and agency names have none). */
export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  bio: text('bio'),
  /** Shown on the author page under the name, e.g. "Phóng viên ảnh". */
  roleTitle: text('role_title'),
  photoMediaId: integer('photo_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'set null' }),
  userId: integer('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    description: text('description'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => sections.id, {
      onDelete: 'restrict',
    }),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('sections_parent_position_idx').on(t.parentId, t.position)],
);

export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    path: text('path').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull().default(0),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    /** The point every crop keeps in frame, as fractions of width and height; null: not set. */
    focalX: real('focal_x'),
    focalY: real('focal_y'),
    createdAt: createdAt(),
  },
  (t) => [
    // The crop route finds a photo by its file; the library pages newest first.
    index('media_path_idx').on(t.path),
    index('media_created_idx').on(t.createdAt),
  ],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    lead: text('lead').notNull().default(''),
    // A ProseMirror-shaped JSON document validated by lib/article-body (never raw HTML).
    body: text('body', { mode: 'json' }).notNull(),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    needsHeadline: integer('needs_headline', { mode: 'boolean' }).notNull().default(false),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'restrict' }),
    coverMediaId: integer('cover_media_id').references(() => media.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    // Scheduled publishing and unpublishing, in UTC; acted on at start, by a timer and at read time.
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    unpublishAt: integer('unpublish_at', { mode: 'timestamp_ms' }),
    // The editor's note when an article is sent back to its reporter.
    reviewNote: text('review_note'),
    // Incremented by every save; a save naming an older version is a conflict, never an overwrite.
    version: integer('version').notNull().default(1),
    // sha256 of the normalised source text, so re-importing a scraped file finds the same article.
    sourceHash: text('source_hash').unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('articles_slug_idx').on(t.slug),
    // Cover isPublic() (lib/data/articles.ts) so listings read newest first from the index alone.
    // No index leads with status: SQLite would pick it for `status IN (…)` and sort the whole table.
    index('articles_public_idx').on(t.publishedAt, t.status, t.scheduledAt, t.unpublishAt),
    index('articles_section_public_idx').on(t.sectionId, t.publishedAt, t.status, t.scheduledAt, t.unpublishAt),
    // The scheduler's due work (mostly NULL columns, so tiny) and the newsroom's recent-first lists.
    index('articles_scheduled_idx').on(t.scheduledAt),
    index('articles_unpublish_idx').on(t.unpublishAt),
    index('articles_updated_idx').on(t.updatedAt),
    // The desk's work, newest change first, with the newsroom list's filters carried so that no
    // row (and its body) is read. Partial: every status but published, a few per cent of the
    // archive; only a query repeating DESK_WORK word for word may use it.
    index('articles_desk_idx').on(t.updatedAt, t.status, t.sectionId, t.createdBy, t.needsHeadline).where(DESK_WORK),
    // A writer's articles newest change first (the writer filter, a reporter's own lists); also
    // what the article_counts backfill reads instead of the rows.
    index('articles_creator_idx').on(t.createdBy, t.updatedAt, t.status, t.sectionId, t.needsHeadline),
    // A section's articles newest change first, with the other filters carried: any section, even
    // a small one at page 20 of a million articles, is read from the index alone.
    index('articles_section_updated_idx').on(t.sectionId, t.updatedAt, t.status, t.needsHeadline),
  ],
);

/**
 * How many articles have each status, section, writer and headline flag, kept by triggers on
 * articles (migration 0008), so the newsroom's counts read a few hundred rows instead of the
 * archive. creator_id is 0 where created_by is NULL (the account is gone): keys must not be NULL.
 */
export const articleCounts = sqliteTable(
  'article_counts',
  {
    status: text('status', { enum: ARTICLE_STATUSES }).notNull(),
    sectionId: integer('section_id').notNull(),
    creatorId: integer('creator_id').notNull(),
    needsHeadline: integer('needs_headline', { mode: 'boolean' }).notNull(),
    total: integer('total').notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.sectionId, t.creatorId, t.needsHeadline] })],
);

export const articleBylines = sqliteTable(
  'article_bylines',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    role: text('role', { enum: BYLINE_ROLES }).notNull(),
    // The label as the newspaper prints it ("Tin, ảnh", "Bài và ảnh", "Theo").
    label: text('label').notNull(),
    name: text('name').notNull(),
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.position] }),
    index('article_bylines_author_idx').on(t.authorId),
  ],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    createdAt: createdAt(),
    // Both kept by triggers (migration 0009), so the tags page reads one page of tags in order:
    // how many articles carry the tag, and the name's vietnameseSortKey (SQL function vi_sort_key).
    articleCount: integer('article_count').notNull().default(0),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('tags_sort_idx').on(t.sortKey)],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
);

/** Snapshots of an article's editable fields; kept so no save can lose a word. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason', { enum: REVISION_REASONS }).notNull(),
    // Title, lead, body, tags, bylines and SEO fields as the editor submitted them.
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt)],
);

/** Unsaved edits of a published article: autosaved here, applied only when someone presses Update. */
export const articleAutosaves = sqliteTable('article_autosaves', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  baseVersion: integer('base_version').notNull(),
  snapshot: text('snapshot', { mode: 'json' }).notNull(),
  savedBy: integer('saved_by').references(() => users.id, { onDelete: 'set null' }),
  savedAt: updatedAt(),
});

/** Failed sign-ins per account and per IP, for growing lockouts that survive restarts. */
export const loginThrottles = sqliteTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }),
});

/** Append-only record of who did what; the app has no code path that updates or deletes it. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: integer('target_id'),
    detail: text('detail', { mode: 'json' }),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_action_idx').on(t.action, t.at),
    // The person and target filters, and their lists of choices read by seeking (lib/data/audit-read.ts).
    index('audit_log_actor_idx').on(t.actorEmail, t.at),
    index('audit_log_target_idx').on(t.targetType, t.targetId, t.at),
  ],
);

/** Old slugs that must keep working with a 308 after a rename. */
export const slugRedirects = sqliteTable(
  'slug_redirects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['article', 'section', 'tag', 'event'] }).notNull(),
    oldSlug: text('old_slug').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('slug_redirects_kind_slug_idx').on(t.kind, t.oldSlug)],
);

/** Dated correction notes ("Đính chính") shown on a published article. */
export const articleCorrections = sqliteTable(
  'article_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** When the note's text last changed; readers see it beside the correction. */
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
    /** A removed correction leaves the public page but keeps its history. */
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('article_corrections_article_idx').on(t.articleId)],
);

/** Every earlier text of a correction, written before an edit or a removal changes it. */
export const correctionRevisions = sqliteTable(
  'correction_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    correctionId: integer('correction_id')
      .notNull()
      .references(() => articleCorrections.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    change: text('change', { enum: ['edit', 'remove'] }).notNull(),
    changedBy: integer('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: integer('changed_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('correction_revisions_correction_idx').on(t.correctionId, t.id)],
);

/**
 * Who has an article open in the editor: one row per open editor (browser tab), refreshed by a
 * heartbeat every few seconds; a row older than a few heartbeats is gone. `taken_over_by` is set
 * on the row of an editor whose article someone else took over, so that tab can say so.
 */
export const articlePresence = sqliteTable(
  'article_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
    takenOverBy: integer('taken_over_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.clientId] })],
);

/**
 * A signed, expiring, revocable link that shows an unpublished article to someone outside the
 * newsroom (a source, the legal desk). Only the token's hash is stored.
 */
export const previewLinks = sqliteTable(
  'preview_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('preview_links_article_idx').on(t.articleId)],
);

/**
 * The breaking-news banner ("Tin nóng") on every reader's page. At most one row: marking another
 * article replaces it. It shows only while the article is public and until `expires_at`.
 */
export const breakingNews = sqliteTable('breaking_news', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
  setAt: integer('set_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

/**
 * An event ("Sự kiện"): the coverage of one running story, listed at /su-kien/{slug} as a
 * timeline. Members are ordered by publication time or, when `ordering` is 'manual', by position.
 */
export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  description: text('description'),
  coverMediaId: integer('cover_media_id').references(() => media.id, { onDelete: 'set null' }),
  ordering: text('ordering', { enum: EVENT_ORDERINGS }).notNull().default('time'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const eventArticles = sqliteTable(
  'event_articles',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Hand order, used when the event's ordering is 'manual' (smaller first). */
    position: integer('position').notNull().default(0),
    addedAt: integer('added_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.articleId] }), index('event_articles_article_idx').on(t.articleId)],
);

/**
 * A front: the home's or a section's ordered containers (lib/domain/front-document.ts), edited as
 * one draft document and published whole. `draft_version` is the optimistic lock two editors
 * meet on; the live document is the revision `published_revision_id` points at.
 */
export const fronts = sqliteTable('fronts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** 'home', or 'section:{id}' for a section's front. */
  key: text('key').notNull().unique(),
  draft: text('draft').notNull(),
  draftVersion: integer('draft_version').notNull().default(1),
  draftUpdatedBy: integer('draft_updated_by').references(() => users.id, { onDelete: 'set null' }),
  draftUpdatedAt: integer('draft_updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  publishedRevisionId: integer('published_revision_id').references((): AnySQLiteColumn => frontRevisions.id, {
    onDelete: 'set null',
  }),
});

/** Every published version of a front, kept for history and restore. */
export const frontRevisions = sqliteTable(
  'front_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    frontId: integer('front_id')
      .notNull()
      .references((): AnySQLiteColumn => fronts.id, { onDelete: 'cascade' }),
    document: text('document').notNull(),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    /** The revision this one restored, when it was a restore. */
    restoredFrom: integer('restored_from'),
  },
  (t) => [index('front_revisions_front_idx').on(t.frontId, t.id)],
);

/**
 * Live coverage ("Tường thuật trực tiếp") on an article: open from `started_at` until `ended_at`.
 * `change_seq` counts every change to its posts; each post carries the number of its last change,
 * so readers poll "what changed after N" with one indexed query and a URL every reader shares.
 */
export const articleLive = sqliteTable('article_live', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
  endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  startedBy: integer('started_by').references(() => users.id, { onDelete: 'set null' }),
  changeSeq: integer('change_seq').notNull().default(0),
});

/** One post of a live page: its own row, so several editors post at once without conflict. */
export const livePosts = sqliteTable(
  'live_posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articleLive.articleId, { onDelete: 'cascade' }),
    title: text('title'),
    // The same structured body as articles (lib/article-body), never raw HTML.
    body: text('body', { mode: 'json' }).notNull(),
    keyEvent: integer('key_event', { mode: 'boolean' }).notNull().default(false),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: LIVE_POST_STATUSES }).notNull().default('published'),
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** When readers first saw it (null for a draft); the order of the page. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    /** The article's change counter at this post's last change (create, edit, approve, delete). */
    changeSeq: integer('change_seq').notNull(),
    // Incremented by every edit; an edit naming an older version is a conflict.
    version: integer('version').notNull().default(1),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('live_posts_article_published_idx').on(t.articleId, t.status, t.publishedAt, t.id),
    uniqueIndex('live_posts_article_change_idx').on(t.articleId, t.changeSeq),
  ],
);

/** Every version of a live post, kept so an edit or deletion never loses a word. */
export const livePostRevisions = sqliteTable(
  'live_post_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => livePosts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title'),
    body: text('body', { mode: 'json' }).notNull(),
    keyEvent: integer('key_event', { mode: 'boolean' }).notNull(),
    pinned: integer('pinned', { mode: 'boolean' }).notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('live_post_revisions_post_idx').on(t.postId, t.version)],
);

/** Reader views per article per hour, written in batches from an in-memory buffer. */
export const articleViews = sqliteTable(
  'article_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: integer('hour').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hour_idx').on(t.hour)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  author: one(authors, { fields: [users.id], references: [authors.userId] }),
  articles: many(articles),
}));

export const authorsRelations = relations(authors, ({ one, many }) => ({
  user: one(users, { fields: [authors.userId], references: [users.id] }),
  bylines: many(articleBylines),
}));

export const sectionsRelations = relations(sections, ({ one, many }) => ({
  parent: one(sections, {
    fields: [sections.parentId],
    references: [sections.id],
    relationName: 'parent',
  }),
  children: many(sections, { relationName: 'parent' }),
  articles: many(articles),
}));

export const mediaRelations = relations(media, ({ one }) => ({
  uploader: one(users, { fields: [media.uploadedBy], references: [users.id] }),
}));

export const articlesRelations = relations(articles, ({ one, many }) => ({
  section: one(sections, { fields: [articles.sectionId], references: [sections.id] }),
  cover: one(media, { fields: [articles.coverMediaId], references: [media.id] }),
  creator: one(users, { fields: [articles.createdBy], references: [users.id] }),
  bylines: many(articleBylines),
  tags: many(articleTags),
  revisions: many(articleRevisions),
  corrections: many(articleCorrections),
}));

export const articleRevisionsRelations = relations(articleRevisions, ({ one }) => ({
  article: one(articles, { fields: [articleRevisions.articleId], references: [articles.id] }),
}));

export const articleCorrectionsRelations = relations(articleCorrections, ({ one }) => ({
  article: one(articles, { fields: [articleCorrections.articleId], references: [articles.id] }),
}));

export const breakingNewsRelations = relations(breakingNews, ({ one }) => ({
  article: one(articles, { fields: [breakingNews.articleId], references: [articles.id] }),
}));

export const articleBylinesRelations = relations(articleBylines, ({ one }) => ({
  article: one(articles, { fields: [articleBylines.articleId], references: [articles.id] }),
  author: one(authors, { fields: [articleBylines.authorId], references: [authors.id] }),
}));

export const tagsRelations = relations(tags, ({ many }) => ({
  articles: many(articleTags),
}));

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));
