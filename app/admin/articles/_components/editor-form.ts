import type { BylineRole } from '@/lib/domain/byline-roles';
import type { ArticleSnapshot } from '@/lib/data/articles/snapshot';
import { slugify } from '@/lib/vi/text';

// The editor's form state and its conversion to and from the snapshot the server validates.

export type BylineRow = { role: BylineRole; label: string; name: string };

export type EditorForm = {
  title: string;
  slug: string;
  slugTouched: boolean;
  lead: string;
  body: unknown;
  sectionId: number;
  coverMediaId: string;
  tags: string;
  bylines: BylineRow[];
  seoTitle: string;
  seoDescription: string;
};

export const BYLINE_ROLE_NAMES: Record<BylineRole, string> = {
  writer: 'Viết bài',
  photographer: 'Ảnh',
  writer_photographer: 'Bài và ảnh',
  source: 'Nguồn',
};
// Listed here rather than imported so the client bundle does not pull in the database schema.
export const bylineRoles = Object.keys(BYLINE_ROLE_NAMES) as BylineRole[];

export function formFromSnapshot(snapshot: ArticleSnapshot, published: boolean): EditorForm {
  return {
    title: snapshot.title,
    slug: snapshot.slug,
    // A slug that no longer follows the headline was chosen by someone; a live URL stays put.
    slugTouched: published || (snapshot.slug !== '' && snapshot.slug !== slugify(snapshot.title)),
    lead: snapshot.lead,
    body: snapshot.body,
    sectionId: snapshot.sectionId,
    coverMediaId: snapshot.coverMediaId ? String(snapshot.coverMediaId) : '',
    tags: snapshot.tags.join(', '),
    bylines: snapshot.bylines,
    seoTitle: snapshot.seoTitle,
    seoDescription: snapshot.seoDescription,
  };
}

/** The form once the article is live, when `published`: its URL then stays put when the headline changes. */
export function keepLiveUrl(form: EditorForm, published: boolean): EditorForm {
  return published && !form.slugTouched ? { ...form, slugTouched: true } : form;
}

/** The snapshot the server validates; empty rows and tags are dropped here, the rest is checked there. */
export function snapshotFromForm(form: EditorForm) {
  const cover = Number(form.coverMediaId);
  return {
    title: form.title,
    slug: form.slug,
    lead: form.lead,
    body: form.body,
    sectionId: form.sectionId,
    coverMediaId: Number.isSafeInteger(cover) && cover > 0 ? cover : null,
    tags: [
      ...new Set(
        form.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    bylines: form.bylines.filter((b) => b.name.trim() !== ''),
    seoTitle: form.seoTitle,
    seoDescription: form.seoDescription,
  };
}
