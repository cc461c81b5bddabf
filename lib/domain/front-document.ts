import { z } from 'zod';

// A front (the home's or a section's) is one document: ordered containers, each a layout, a
// number of slots, hand-picked cards and a backfill rule for the slots left free. It is stored
// whole (fronts.draft, front_revisions.document), validated here on every write and read.

/** What a container looks like to readers. */
export const CONTAINER_LAYOUTS = ['lead', 'featured', 'list', 'section-block', 'most-read'] as const;
export type ContainerLayout = (typeof CONTAINER_LAYOUTS)[number];

export const MAX_CONTAINERS = 30;
export const MAX_SLOTS = 24;
export const MAX_OVERRIDE_HEADLINE = 200;
export const MAX_OVERRIDE_LEAD = 600;

/** Where a container's free slots come from: newest public articles, optionally of one source. */
export const backfillSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('latest') }),
  z.object({ kind: z.literal('section'), sectionId: z.number().int().positive() }),
  z.object({ kind: z.literal('tag'), tagId: z.number().int().positive() }),
  z.object({ kind: z.literal('event'), eventId: z.number().int().positive() }),
]);
export type Backfill = z.infer<typeof backfillSchema>;

/** A hand-picked article; the overrides change how it looks on this front only. */
export const frontCardSchema = z.object({
  articleId: z.number().int().positive(),
  /** ISO time after which the card leaves and its slot falls back to backfill; null keeps it. */
  pinnedUntil: z.iso.datetime({ offset: true }).nullable().default(null),
  headline: z.string().trim().max(MAX_OVERRIDE_HEADLINE).nullable().default(null),
  lead: z.string().trim().max(MAX_OVERRIDE_LEAD).nullable().default(null),
  mediaId: z.number().int().positive().nullable().default(null),
});
export type FrontCard = z.infer<typeof frontCardSchema>;

export const containerSchema = z.object({
  /** Stable across edits, so reordering and keyboard focus follow the container. */
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(80),
  /** Whether readers see the name as the block's heading (it is always the block's accessible name). */
  showName: z.boolean(),
  layout: z.enum(CONTAINER_LAYOUTS),
  slots: z.number().int().min(1).max(MAX_SLOTS),
  cards: z.array(frontCardSchema).max(MAX_SLOTS),
  backfill: backfillSchema,
});
export type FrontContainer = z.infer<typeof containerSchema>;

export const frontDocumentSchema = z.object({
  containers: z.array(containerSchema).max(MAX_CONTAINERS),
});
export type FrontDocument = z.infer<typeof frontDocumentSchema>;

/** The key of the home's front and of a section's front (fronts.key). */
export const HOME_FRONT_KEY = 'home';
export const sectionFrontKey = (sectionId: number) => `section:${sectionId}`;
