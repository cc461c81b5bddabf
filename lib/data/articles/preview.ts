import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections, media } from '@/db/schema';
import { photoColumns } from '@/lib/data/photo-columns';
import { buildDetail, withBodyPhotos } from './public-reads';
import { storedBodyText } from '@/lib/data/stored-body';
import type { ArticleDetail } from '@/lib/data/dto';

/** Any article, whatever its status, shaped like the public page; for staff previews only. */
export function getPreviewArticle(id: number): ArticleDetail | null {
  const row = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      lead: articles.lead,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      body: storedBodyText,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      sectionId: sections.id,
      sectionName: sections.name,
      sectionSlug: sections.slug,
      parentId: sections.parentId,
      ...photoColumns,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(eq(articles.id, id))
    .get();
  // An unpublished draft has no date yet; show when it was last changed.
  return row ? buildDetail(withBodyPhotos([{ ...row, publishedAt: row.publishedAt ?? row.updatedAt }])[0]!) : null;
}
