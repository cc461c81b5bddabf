import 'server-only';
import { eq, like, or } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import {
  ARTICLE_STATUSES,
  BYLINE_ROLES,
  articleBylines,
  articles,
  articleTags,
  authors,
  sections,
  tags,
} from '@/db/schema';
import { articleBodySchema, type ArticleBody } from '@/lib/article-body/schema';
import { normalizeText, slugify, toTitleCase } from '@/lib/vi/text';
import { articlePath } from '@/lib/urls';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

const nfc = z.string().transform(normalizeText);

export const newArticleSchema = z.object({
  title: nfc.pipe(z.string().min(1, 'Cần có tiêu đề').max(300)),
  slug: z.string().optional(),
  lead: nfc.pipe(z.string().max(2000)),
  body: articleBodySchema,
  status: z.enum(ARTICLE_STATUSES),
  needsHeadline: z.boolean().default(false),
  sectionId: z.number().int().positive(),
  publishedAt: z.date().nullable().default(null),
  bylines: z
    .array(z.object({ role: z.enum(BYLINE_ROLES), label: nfc, name: nfc.pipe(z.string().min(1)) }))
    .default([]),
  tags: z.array(nfc.pipe(z.string().min(1).max(80))).max(20).default([]),
  sourceHash: z.string().length(64).optional(),
  createdBy: z.number().int().positive().nullable().default(null),
});

export type NewArticle = z.input<typeof newArticleSchema>;
export type CreatedArticle = { id: number; status: string; path: string };

/** NFC-normalises every string in a body document; whitespace inside text stays as written. */
function normalizeBody(body: ArticleBody): ArticleBody {
  return JSON.parse(JSON.stringify(body), (_key, value: unknown) =>
    typeof value === 'string' ? value.normalize('NFC') : value,
  ) as ArticleBody;
}

/** A slug no other article has, adding -2, -3 … when the natural one is taken. */
export function uniqueArticleSlug(tx: Tx, wanted: string, exceptId?: number): string {
  const base = slugify(wanted) || 'bai-viet';
  const taken = new Set(
    tx
      .select({ slug: articles.slug, id: articles.id })
      .from(articles)
      .where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)))
      .all()
      .filter((row) => row.id !== exceptId)
      .map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function findOrCreateAuthor(tx: Tx, printedName: string): number {
  const name = toTitleCase(printedName);
  const slug = slugify(name) || 'tac-gia';
  const existing = tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get();
  if (existing) return existing.id;
  return tx.insert(authors).values({ name, slug }).returning({ id: authors.id }).get().id;
}

export function findOrCreateTag(tx: Tx, name: string): number {
  const slug = slugify(name);
  const existing = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get();
  if (existing) return existing.id;
  return tx.insert(tags).values({ name, slug }).returning({ id: tags.id }).get().id;
}

/** Creates an article with its bylines and tags in one transaction; all text NFC-normalised. */
export function createArticle(input: NewArticle): CreatedArticle {
  const data = newArticleSchema.parse(input);
  return db.transaction((tx) => {
    const section = tx
      .select({ slug: sections.slug })
      .from(sections)
      .where(eq(sections.id, data.sectionId))
      .get();
    if (!section) throw new Error(`Chuyên mục #${data.sectionId} không tồn tại`);

    const slug = uniqueArticleSlug(tx, data.slug || data.title);
    const { id } = tx
      .insert(articles)
      .values({
        title: data.title,
        slug,
        lead: data.lead,
        body: normalizeBody(data.body),
        status: data.status,
        needsHeadline: data.needsHeadline,
        sectionId: data.sectionId,
        publishedAt: data.status === 'published' ? (data.publishedAt ?? new Date()) : data.publishedAt,
        sourceHash: data.sourceHash,
        createdBy: data.createdBy,
      })
      .returning({ id: articles.id })
      .get();

    data.bylines.forEach((byline, position) => {
      const authorId = byline.role === 'source' ? null : findOrCreateAuthor(tx, byline.name);
      tx.insert(articleBylines).values({ articleId: id, position, ...byline, authorId }).run();
    });
    for (const tagId of new Set(data.tags.map((name) => findOrCreateTag(tx, name)))) {
      tx.insert(articleTags).values({ articleId: id, tagId }).run();
    }
    return { id, status: data.status, path: articlePath(section.slug, slug, id) };
  });
}

/** The article previously imported from the same source text, if any. */
export function findImportedArticle(sourceHash: string): CreatedArticle | null {
  const row = db
    .select({ id: articles.id, status: articles.status, slug: articles.slug, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.sourceHash, sourceHash))
    .get();
  return row ? { id: row.id, status: row.status, path: articlePath(row.sectionSlug, row.slug, row.id) } : null;
}
